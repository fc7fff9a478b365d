package org.editio.rest;

import static io.restassured.RestAssured.given;
import static org.editio.testing.Fixtures.TEI;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.editio.testing.RealServers;
import org.editio.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile documents are refused before they reach eXist-db; nothing is stored; the service stays healthy. */
@QuarkusTest
@WithTestResource(RealServers.class)
class HostileXmlIT {

    static final String EXTERNAL_ENTITY = """
            <?xml version="1.0"?>
            <!DOCTYPE TEI [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&secret;</p></body></text></TEI>""";

    static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE TEI [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&lol9;</p></body></text></TEI>""";

    static final String DOCTYPE_TO_FILE = """
            <?xml version="1.0"?>
            <!DOCTYPE TEI SYSTEM "file:///etc/hostname">
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>x</p></body></text></TEI>""";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"external entity", "billion laughs", "DOCTYPE pointing at a file"})
    void refusedWithPositionNothingStoredStillHealthy(String attack) {
        String body = switch (attack) {
            case "external entity" -> EXTERNAL_ENTITY;
            case "billion laughs" -> BILLION_LAUGHS;
            default -> DOCTYPE_TO_FILE;
        };
        String token = Tokens.of("editor1");
        String etag = given().auth().oauth2(token).when().get(TEI).then().statusCode(200).extract().header("ETag");
        String before = given().auth().oauth2(token).when().get(TEI).asString();

        given().auth().oauth2(token).contentType("application/tei+xml").header("If-Match", etag).body(body)
                .when().put(TEI)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:editio:problem:forbidden-construct"))
                .body("line", equalTo(2))
                .body("detail", containsString("DOCTYPE"))
                .body(not(containsString("root:")));

        given().auth().oauth2(token).when().get(TEI).then().statusCode(200).header("ETag", etag);
        assertEquals(before, given().auth().oauth2(token).when().get(TEI).asString(), "nothing was stored");
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void tooDeepIsRefused() {
        String token = Tokens.of("editor1");
        String etag = given().auth().oauth2(token).when().get(TEI).then().extract().header("ETag");
        String deep = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">" + "<div>".repeat(5000) + "</div>".repeat(5000) + "</TEI>";
        given().auth().oauth2(token).contentType("application/tei+xml").header("If-Match", etag)
                .body(deep.getBytes(StandardCharsets.UTF_8))
                .when().put(TEI)
                .then().statusCode(400).body("type", equalTo("urn:editio:problem:too-deep")).body("line", equalTo(1));
        given().auth().oauth2(token).when().get(TEI).then().header("ETag", etag);
    }

    @Test
    void tooLargeIs413() {
        String token = Tokens.of("editor1");
        String etag = given().auth().oauth2(token).when().get(TEI).then().extract().header("ETag");
        // The test profile lowers the limit to 2 MiB (application.properties).
        String huge = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>" + "x".repeat(3 * 1024 * 1024)
                + "</p></body></text></TEI>";
        given().auth().oauth2(token).contentType("application/tei+xml").header("If-Match", etag)
                .body(huge.getBytes(StandardCharsets.UTF_8))
                .when().put(TEI)
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:editio:problem:too-large"))
                .body("detail", containsString("2097152"));
        given().auth().oauth2(token).when().get(TEI).then().header("ETag", etag);
    }
}
