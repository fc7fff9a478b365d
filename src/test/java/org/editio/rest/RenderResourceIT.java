package org.editio.rest;

import static io.restassured.RestAssured.given;
import static org.editio.testing.Fixtures.TEI;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.editio.testing.Fixtures;
import org.editio.testing.RealServers;
import org.editio.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The served HTML edition, rendered from what the real eXist-db holds. */
@QuarkusTest
@WithTestResource(RealServers.class)
class RenderResourceIT {

    static final String HTML = "/api/editions/trotsky-stalin/html";

    @Test
    void readingViewIsServedWithCspAndARevisionEtag() {
        String etag = given().when().get(HTML)
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .body(org.hamcrest.Matchers.matchesPattern("(?s)<!DOCTYPE html><html[^>]* lang=\"en\".*"))
                .body(containsString("id=\"toggle-editor\""))
                .body(containsString("class=\"corr\""))
                .body(containsString("Index of persons"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get(HTML).then().statusCode(304).header("ETag", etag);
    }

    @Test
    void diplomaticViewMarksTheTranscribedErrors() {
        given().queryParam("view", "diplomatic").when().get(HTML)
                .then().statusCode(200)
                .body(containsString("<span class=\"sic\""))
                .body(containsString("wou8ld"));
        given().queryParam("view", "sideways").when().get(HTML).then().statusCode(400);
    }

    @Test
    void printEditionIsServedOncePerRevision() {
        io.restassured.response.Response pdf = given().when().get("/api/editions/trotsky-stalin/pdf")
                .then().statusCode(200).contentType("application/pdf").extract().response();
        org.junit.jupiter.api.Assertions.assertTrue(new String(pdf.asByteArray(), 0, 5).startsWith("%PDF-"));
        String etag = pdf.header("ETag");
        given().header("If-None-Match", etag).when().get("/api/editions/trotsky-stalin/pdf")
                .then().statusCode(304).header("ETag", etag);
    }

    @Test
    void assetsComeFromTheSameOrigin() {
        given().when().get("/assets/edition.js").then().statusCode(200).contentType(startsWith("text/javascript"));
        given().when().get("/assets/edition.css").then().statusCode(200).contentType(startsWith("text/css"));
        given().when().get("/assets/..%2Fapplication.properties").then().statusCode(404);
    }

    @Test
    void markupInTheTextRendersInert() {
        String token = Tokens.of("editor1");
        String etag = given().auth().oauth2(token).when().get(TEI).then().extract().header("ETag");
        given().auth().oauth2(token).contentType("application/tei+xml").header("If-Match", etag)
                .body(Fixtures.teiWith("Before &lt;script&gt;alert('x')&lt;/script&gt; after"))
                .when().put(TEI).then().statusCode(204);
        given().auth().oauth2(Tokens.of("reader1")).queryParam("text", "draft").when().get(HTML)
                .then().statusCode(200)
                .body(containsString("&lt;script"))
                .body(containsString("alert('x')"))
                .body(not(containsString("<script>alert")));
    }

    @Test
    void aDocumentTheStylesheetsCannotPresentIsA422() {
        String token = Tokens.of("editor2");
        String etag = given().auth().oauth2(token).when().get(TEI).then().extract().header("ETag");
        given().auth().oauth2(token).contentType("application/tei+xml").header("If-Match", etag)
                .body("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>No text</title>"
                        + "</titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc>"
                        + "</teiHeader></TEI>")
                .when().put(TEI).then().statusCode(204);
        given().auth().oauth2(Tokens.of("reader1")).queryParam("text", "draft").when().get(HTML)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:editio:problem:unrenderable"))
                .body("detail", containsString("Not a TEI document with a text"));
    }
}
