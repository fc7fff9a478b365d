package org.editio.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.editio.testing.RealServers;
import org.editio.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Readiness, API description and tokens: the joints between the service and its two servers. */
@QuarkusTest
@WithTestResource(RealServers.class)
class PlatformIT {

    @Test
    void readinessReportsExistAndKeycloak() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("exist-db", "keycloak"));
    }

    @Test
    void openApiDescribesTheEditionEndpoints() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/api/editions/{id}/tei"))
                .body(containsString("If-Match"));
    }

    /** Every endpoint is in the OpenAPI document, each operation with a summary and its parameters with examples. */
    @Test
    void openApiDocumentsEveryEndpoint() {
        io.restassured.path.json.JsonPath api = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = api.getMap("paths");
        for (String path : java.util.List.of("/api/editions", "/api/editions/{id}/tei", "/api/editions/{id}/fragments/{xmlid}",
                "/api/editions/{id}/fragments/{xmlid}/marks", "/api/editions/{id}/changes/{rev}/accept",
                "/api/editions/{id}/publish", "/api/editions/{id}/history/{rev}", "/api/editions/{id}/diff",
                "/api/editions/{id}/revert/{rev}", "/api/editions/{id}/events", "/api/editions/{id}/export.zip",
                "/api/search", "/api/dts", "/api/dts/collection", "/api/dts/navigation", "/api/dts/document")) {
            org.junit.jupiter.api.Assertions.assertTrue(paths.containsKey(path), path + " is not documented");
        }
        java.util.List<String> undocumented = new java.util.ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (path.startsWith("/api/") && !operation.containsKey("summary")) {
                undocumented.add(method.toUpperCase() + " " + path);
            }
        }));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), undocumented, "operations without a summary");
        java.util.List<String> withoutExample = new java.util.ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            Object parameters = operation.get("parameters");
            if (path.startsWith("/api/") && parameters instanceof java.util.List<?> list) {
                for (Object p : list) {
                    java.util.Map<?, ?> parameter = (java.util.Map<?, ?>) p;
                    if (!parameter.containsKey("example") && !parameter.containsKey("examples")) {
                        withoutExample.add(method.toUpperCase() + " " + path + " " + parameter.get("name"));
                    }
                }
            }
        }));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), withoutExample, "parameters without an example");
        String document = given().accept("application/json").when().get("/q/openapi").asString();
        org.junit.jupiter.api.Assertions.assertTrue(document.contains("\"example\" : \"trotsky-stalin\"")
                || document.contains("\"example\":\"trotsky-stalin\""), "parameters carry examples");
    }

    @Test
    void keycloakIssuesTokensWithRolesAndUserName() {
        String token = Tokens.of("reviewer1");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(claims.contains("\"preferred_username\":\"reviewer1\""), claims);
        org.junit.jupiter.api.Assertions.assertTrue(claims.contains("\"reviewer\""), claims);
    }

    @Test
    void wrongPasswordGetsNoToken() {
        given().baseUri(Tokens.keycloakUrl()).port(-1)
                .formParam("grant_type", "password").formParam("client_id", "editio-cli")
                .formParam("username", "editor1").formParam("password", "wrong")
                .when().post("/realms/editio/protocol/openid-connect/token")
                .then().statusCode(400).body("error", equalTo("invalid_grant"));
    }
}
