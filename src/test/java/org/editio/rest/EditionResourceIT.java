package org.editio.rest;

import static io.restassured.RestAssured.given;
import static org.editio.testing.Fixtures.TEI;
import static org.editio.testing.Fixtures.teiWith;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.editio.testing.RealServers;
import org.editio.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The minimal API against the real eXist-db, with real Keycloak tokens. */
@QuarkusTest
@WithTestResource(RealServers.class)
class EditionResourceIT {

    static String draftEtag() {
        return given().auth().oauth2(Tokens.of("editor1")).when().get(TEI)
                .then().statusCode(200).extract().header("ETag");
    }

    @Test
    void anonymousListsThePublishedEdition() {
        given().when().get("/api/editions")
                .then().statusCode(200)
                .body("id", hasItem("trotsky-stalin"))
                .body("[0].publishedRevision", notNullValue())
                .body("[0].draftRevision", equalTo(null));
    }

    @Test
    void anonymousReadsThePublishedTeiWithItsRevisionAsEtag() {
        Response response = given().when().get(TEI).then().statusCode(200)
                .contentType(containsString("application/tei+xml"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .body(containsString("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\""))
                .extract().response();
        String etag = response.header("ETag");
        assertEquals("\"" + publishedRevision() + "\"", etag, "the ETag is the published revision");

        given().header("If-None-Match", etag).when().get(TEI).then().statusCode(304);
    }

    @Test
    void unknownEditionIs404WithAProblemDocument() {
        given().when().get("/api/editions/no-such-edition/tei")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void putWithoutTokenIs401() {
        given().contentType("application/tei+xml").header("If-Match", "\"1\"").body(teiWith("x"))
                .when().put(TEI).then().statusCode(401);
    }

    @Test
    void putWithForgedSignatureIs401() {
        given().auth().oauth2(Tokens.forged("editor1")).contentType("application/tei+xml")
                .header("If-Match", draftEtag()).body(teiWith("forged"))
                .when().put(TEI).then().statusCode(401);
    }

    @Test
    void putWithUnsignedTokenIs401() {
        given().auth().oauth2(Tokens.unsigned("editor1")).contentType("application/tei+xml")
                .header("If-Match", draftEtag()).body(teiWith("unsigned"))
                .when().put(TEI).then().statusCode(401);
    }

    @Test
    void readerMayNotPut() {
        given().auth().oauth2(Tokens.of("reader1")).contentType("application/tei+xml")
                .header("If-Match", draftEtag()).body(teiWith("reader"))
                .when().put(TEI).then().statusCode(403);
    }

    /** The published revision as the edition list gives it (other test classes may have published since the seed). */
    static long publishedRevision() {
        return given().when().get("/api/editions").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.id == 'trotsky-stalin' }.publishedRevision");
    }

    @Test
    void editorReplacesTheDraftAndAnonymousStillSeesThePublishedText() {
        String published = "\"" + publishedRevision() + "\"";
        String before = draftEtag();
        String after = given().auth().oauth2(Tokens.of("editor1")).contentType("application/tei+xml")
                .header("If-Match", before).body(teiWith("Edited by editor1 &amp; checked"))
                .when().put(TEI)
                .then().statusCode(204).extract().header("ETag");
        assertNotEquals(before, after);

        given().auth().oauth2(Tokens.of("reader1")).when().get(TEI)
                .then().statusCode(200).header("ETag", after)
                .body(containsString("Edited by editor1 &amp; checked"));
        given().when().get(TEI)
                .then().statusCode(200).header("ETag", published)
                .body(not(containsString("Edited by editor1")));
        given().auth().oauth2(Tokens.of("reader1")).when().get("/api/editions")
                .then().body("find { it.id == 'trotsky-stalin' }.modifiedBy", equalTo("editor1"));
    }

    @Test
    void staleIfMatchIs412WithTheCurrentRevision() {
        String current = draftEtag();
        long revision = Long.parseLong(current.replace("\"", ""));
        given().auth().oauth2(Tokens.of("editor2")).contentType("application/tei+xml")
                .header("If-Match", "\"" + (revision - 1) + "\"").body(teiWith("stale"))
                .when().put(TEI)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("currentRevision", equalTo((int) revision))
                .header("ETag", current);
        assertEquals(current, draftEtag(), "nothing was stored");
    }

    @Test
    void missingIfMatchIs428() {
        given().auth().oauth2(Tokens.of("editor1")).contentType("application/tei+xml").body(teiWith("no precondition"))
                .when().put(TEI).then().statusCode(428).body("status", equalTo(428));
    }

    @Test
    void malformedXmlIs400WithLineAndColumn() {
        String etag = draftEtag();
        given().auth().oauth2(Tokens.of("editor1")).contentType("application/tei+xml").header("If-Match", etag)
                .body("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n  <text>\n    <p>unclosed\n  </text>\n</TEI>")
                .when().put(TEI)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:editio:problem:malformed"))
                .body("line", equalTo(4))
                .body("column", greaterThan(0))
                .body("detail", containsString("p"));
        assertEquals(etag, draftEtag(), "nothing was stored");
    }

    @Test
    void nonTeiDocumentIs422() {
        given().auth().oauth2(Tokens.of("editor1")).contentType("application/xml").header("If-Match", draftEtag())
                .body("<html><body>not TEI</body></html>")
                .when().put(TEI).then().statusCode(422).body("type", equalTo("urn:editio:problem:not-tei"));
    }
}
