package org.editio.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.editio.testing.RealServers;
import org.junit.jupiter.api.Test;

/** The reports of the stored edition over HTTP: the edition the service loaded from tei/ into the real eXist-db. */
@QuarkusTest
@WithTestResource(RealServers.class)
class ReportResourceIT {

    static final String EDITION = "/api/editions/trotsky-stalin";

    @Test
    void handsCoverTheTextInTheTwoHands() {
        given().when().get(EDITION + "/hands")
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("hand", everyItem(isOneOf("LT", "CM")))
                .body("hand", hasItems("LT", "CM"))
                .body("size()", greaterThan(50));
    }

    @Test
    void apparatusListsEveryCorrectionWithItsContext() {
        given().when().get(EDITION + "/apparatus")
                .then().statusCode(200)
                .body("size()", greaterThan(100))
                .body("find { it.sic == 'wou8ld' }.corr", org.hamcrest.Matchers.equalTo("would"))
                .body("find { it.sic == 'wou8ld' }.context", org.hamcrest.Matchers.containsString("⟨wou8ld⟩"))
                .body("resp", everyItem(notNullValue()));
    }

    @Test
    void statsSayHowMuchIsTheEditors() {
        given().when().get(EDITION + "/stats")
                .then().statusCode(200)
                .body("wordsByHand.LT", greaterThan(5000))
                .body("wordsByHand.CM", greaterThan(5000))
                .body("editorShare", allOf(greaterThan(0.1f), lessThan(0.9f)))
                .body("divisions.id", hasItems("ch12", "ch11", "ch12-pt1"))
                .body("notes", greaterThan(3))
                .body("quotations", greaterThan(10))
                .body("correctionsByType.keySet()", hasItem("digit"));
    }

    @Test
    void unknownEditionIs404() {
        given().when().get("/api/editions/nope/stats").then().statusCode(404);
    }
}
