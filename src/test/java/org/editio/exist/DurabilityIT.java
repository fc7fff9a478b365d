package org.editio.exist;

import static io.restassured.RestAssured.given;
import static org.editio.testing.Fixtures.EDITION;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.editio.launcher.ExistServer;
import org.editio.testing.Fixtures;
import org.editio.testing.RealServers;
import org.editio.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An edit acknowledged with a 2xx is never lost: eXist-db is killed with SIGKILL right after each
 * answer, restarted (recovering from its journal), and every acknowledged write must be there, with
 * its change record and review.
 */
@QuarkusTest
@WithTestResource(RealServers.class)
class DurabilityIT {

    static final int ROUNDS = 5;
    static final String FRAGMENT = EDITION + "/fragments/ch12-p18";

    @BeforeEach
    void restoreTheEdition() {
        Fixtures.restoreTheRealEditionOnceFor(getClass());
    }

    @Test
    void acknowledgedEditsSurviveKillNineRightAfterTheAnswer() {
        ExistServer exist = RealServers.exist();
        long previous = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            String marker = "Durable " + round + " " + Instant.now().toEpochMilli() + ".";
            Response p = given().auth().oauth2(Tokens.of("editor1")).get(FRAGMENT).then().statusCode(200).extract().response();
            given().auth().oauth2(Tokens.of("editor1")).contentType("application/tei+xml").header("If-Match", p.header("ETag"))
                    .body(p.asString().replaceFirst("(?: Durable \\d+ \\d+\\.)?</p>$", " " + marker + "</p>"))
                    .when().put(FRAGMENT).then().statusCode(204);
            if (previous > 0) {
                given().auth().oauth2(Tokens.of("reviewer1")).contentType("application/json").body(Map.of("comment", "Round " + round))
                        .when().post(EDITION + "/changes/" + previous + "/accept").then().statusCode(204);
            }
            exist.kill();
            exist.start();
            ExistRestartIT.awaitReady();

            given().auth().oauth2(Tokens.of("reader1")).get(FRAGMENT).then().statusCode(200).body(containsString(marker));
            long rev = given().auth().oauth2(Tokens.of("reader1")).get(EDITION + "/history?size=1").then().statusCode(200)
                    .extract().jsonPath().getLong("changes[0].revision");
            given().auth().oauth2(Tokens.of("reader1")).get(EDITION + "/changes/" + rev).then().statusCode(200)
                    .body("after", containsString(marker));
            if (previous > 0) {
                assertEquals("accepted", given().auth().oauth2(Tokens.of("reader1")).get(EDITION + "/changes/" + previous)
                        .then().statusCode(200).extract().jsonPath().getString("change.status"), "round " + round);
            }
            previous = rev;
        }
    }
}
