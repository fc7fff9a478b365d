package org.editio.exist;

import static io.restassured.RestAssured.given;
import static org.editio.testing.Fixtures.TEI;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.editio.launcher.ExistServer;
import org.editio.testing.Fixtures;
import org.editio.testing.RealServers;
import org.editio.testing.Tokens;
import org.junit.jupiter.api.Test;

/** What the service stored survives an eXist-db restart; an outage is a quick 503 that heals by itself. */
@QuarkusTest
@WithTestResource(RealServers.class)
class ExistRestartIT {

    @Test
    void storedDraftSurvivesARestartAndOutagesAreQuick503s() {
        String token = Tokens.of("editor2");
        String etag = given().auth().oauth2(token).when().get(TEI).then().statusCode(200).extract().header("ETag");
        String marker = "Survives restart " + Instant.now();
        String stored = given().auth().oauth2(token).contentType("application/tei+xml").header("If-Match", etag)
                .body(Fixtures.teiWith(marker))
                .when().put(TEI).then().statusCode(204).extract().header("ETag");

        ExistServer exist = RealServers.exist();
        exist.stop();

        Instant asked = Instant.now();
        given().auth().oauth2(token).when().get(TEI).then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "5");
        assertTrue(Duration.between(asked, Instant.now()).toSeconds() < 5, "an outage must not hang the caller");
        given().when().get("/q/health/ready").then().statusCode(503);

        exist.start();
        awaitReady();
        given().auth().oauth2(token).when().get(TEI)
                .then().statusCode(200).header("ETag", stored).body(containsString(marker));
    }

    /** The circuit breaker lets calls through again a moment after eXist-db is back. */
    static void awaitReady() {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            if (given().when().get("/q/health/ready").statusCode() == 200
                    && given().when().get("/api/editions").statusCode() == 200) {
                return;
            }
            sleep();
        }
        throw new AssertionError("the service did not recover within 30 s after eXist-db came back");
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
