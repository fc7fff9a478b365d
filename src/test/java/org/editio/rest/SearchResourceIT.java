package org.editio.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.editio.testing.Fixtures;
import org.editio.testing.RealServers;
import org.editio.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Full-text search in the real eXist-db's Lucene index, with the hand filter and keyword-in-context snippets. */
@QuarkusTest
@WithTestResource(RealServers.class)
class SearchResourceIT {

    @BeforeEach
    void restoreTheEdition() {
        Fixtures.restoreTheRealEditionOnceFor(getClass());
    }

    @Test
    void hitsComeWithTheirContextAndWhereToFindThem() {
        given().auth().oauth2(Tokens.of("reader1")).queryParam("q", "Orgburo").queryParam("edition", "trotsky-stalin")
                .when().get("/api/search").then().statusCode(200)
                .body("total", greaterThan(5))
                .body("hits.match", everyItem(equalTo("Orgburo")))
                .body("hits.fragment", hasItem("ch12-p3"))
                .body("hits.find { it.fragment == 'ch12-p3' }.before", containsString("bureaucratism of the Party’s"))
                .body("hits.find { it.fragment == 'ch12-p3' }.fragmentUrl", equalTo("/api/editions/trotsky-stalin/fragments/ch12-p3"))
                .body("hits.find { it.fragment == 'ch12-p3' }.htmlUrl", equalTo("/api/editions/trotsky-stalin/html#ch12-p3"));
    }

    @Test
    void theHandFilterSeparatesTrotskysWordsFromTheEditors() {
        // ch12-p1 opens with C.M.'s interpolation ("… literally packing the … Congress") and goes on in Trotsky's words ("summoned").
        search("packing", "CM").body("total", equalTo(1)).body("hits[0].fragment", equalTo("ch12-p1")).body("hits[0].hand", equalTo("CM"));
        search("packing", "LT").body("total", equalTo(0));
        search("summoned", "LT").body("total", equalTo(1)).body("hits[0].fragment", equalTo("ch12-p1")).body("hits[0].hand", equalTo("LT"));
        search("summoned", "CM").body("total", equalTo(0));
        search("summoned", null).body("total", equalTo(1));
    }

    static io.restassured.response.ValidatableResponse search(String q, String hand) {
        var request = given().auth().oauth2(Tokens.of("reader1")).queryParam("q", q).queryParam("edition", "trotsky-stalin");
        if (hand != null) {
            request = request.queryParam("hand", hand);
        }
        return request.when().get("/api/search").then().statusCode(200);
    }

    @Test
    void queriesAreInertAndRefusedClearlyWhenUnreadable() {
        given().queryParam("q", "\"unclosed phrase").when().get("/api/search").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("q", "') or 1=1 } { //* ").when().get("/api/search").then().statusCode(anyOf200or400());
        given().queryParam("q", "").when().get("/api/search").then().statusCode(400);
        given().queryParam("q", "Stalin").queryParam("hand", "XX").when().get("/api/search").then().statusCode(400);
        given().queryParam("q", "Stalin").when().get("/api/search").then().statusCode(200).body("total", greaterThan(0));
    }

    static org.hamcrest.Matcher<Integer> anyOf200or400() {
        return org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(400));
    }
}
