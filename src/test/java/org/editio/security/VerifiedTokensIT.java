package org.editio.security;

import static io.restassured.RestAssured.given;
import static org.editio.testing.Fixtures.EDITION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.editio.testing.RealServers;
import org.editio.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The service keeps the tokens quarkus-oidc verified (real Keycloak tokens), and what it keeps never lets
 * through a token quarkus-oidc would refuse: not once it has expired, nor with another signature.
 */
@QuarkusTest
@WithTestResource(RealServers.class)
class VerifiedTokensIT {

    static final String DRAFT_ONLY = EDITION + "/history";

    @Inject
    VerifiedTokens tokens;

    static int status(String token) {
        return given().auth().oauth2(token).when().get(DRAFT_ONLY).then().extract().statusCode();
    }

    @Test
    void aTokenSentAgainIsAnsweredFromWhatWasVerified() {
        String token = Tokens.of("reader1");
        assertEquals(200, status(token));
        long hits = tokens.hits();
        assertEquals(200, status(token));
        assertTrue(tokens.hits() > hits, "the second request was not answered from the verified token");
        assertEquals(403, given().auth().oauth2(token).contentType("application/json").body("{}")
                .when().post(EDITION + "/changes/999999/accept").then().extract().statusCode(),
                "a reader's kept identity keeps the reader's roles");
    }

    @Test
    void anotherSignatureOfAVerifiedTokenIsRefused() {
        assertEquals(200, status(Tokens.of("admin1")));
        assertEquals(401, status(Tokens.forged("admin1")));
        assertEquals(401, status(Tokens.unsigned("admin1")));
    }

    @Test
    void aVerifiedTokenIsRefusedOnceItHasExpired() throws InterruptedException {
        String token = null;
        for (int attempt = 0; attempt < 5 && token == null; attempt++) {
            String fresh = Tokens.shortLived("editor1");
            int status = status(fresh);
            // Tokens live 2 s; on a slow machine the answer may come after that, which proves nothing here.
            if (Instant.now().isBefore(Tokens.expiry(fresh))) {
                assertEquals(200, status, "a token within its life");
                token = fresh;
            }
        }
        assertTrue(token != null, "no short-lived token could be used within its 2 s of life");
        if (Instant.now().plusMillis(200).isBefore(Tokens.expiry(token))) {
            assertTrue(tokens.find(token).isPresent(), "the accepted token was kept");
        }
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), Tokens.expiry(token)).toMillis()) + 1_200);
        assertEquals(401, status(token));
    }
}
