package org.editio.testing;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;

/** Real access tokens from the test Keycloak, by the password grant of the public client editio-cli. */
public final class Tokens {

    /** How long before its expiry a cached token is replaced, so that no request carries one that dies in flight. */
    private static final Duration MARGIN = Duration.ofSeconds(60);

    private static final Map<String, Issued> CACHE = new ConcurrentHashMap<>();

    private record Issued(String token, Instant expires) {
        static Issued of(String token) {
            return new Issued(token, Instant.ofEpochSecond(Long.parseLong(claim(token, "exp"))));
        }

        boolean freshAt(Instant now) {
            return now.plus(MARGIN).isBefore(expires);
        }
    }

    private Tokens() {
    }

    /**
     * A token for a demo user (the password is the user name in the demo realm). Cached until a minute before
     * it expires: tokens live 5 min, and the whole suite runs longer than that.
     */
    public static String of(String user) {
        Instant now = Instant.now();
        return CACHE.compute(user, (name, cached) -> cached != null && cached.freshAt(now)
                ? cached : Issued.of(fetch(name))).token();
    }

    /** A numeric claim of a token, read without checking the signature (the token came straight from Keycloak). */
    static String claim(String token, String name) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\\d+)").matcher(payload);
        if (!m.find()) {
            throw new IllegalStateException("token has no numeric claim " + name);
        }
        return m.group(1);
    }

    public static String keycloakUrl() {
        return ConfigProvider.getConfig().getValue("editio.keycloak.url", String.class);
    }

    /**
     * A genuine token, signed by Keycloak, that has expired: from the realm's client whose tokens live
     * 2 seconds, returned once it is past its expiry.
     */
    public static String expired(String user) {
        String token = shortLived(user);
        try {
            Thread.sleep(3_500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return token;
    }

    /** A genuine token from the realm's client whose tokens live 2 seconds, fresh. */
    public static String shortLived(String user) {
        return fetch(user, "editio-test-expiring");
    }

    /** When the token expires (its exp claim). */
    public static Instant expiry(String token) {
        return Instant.ofEpochSecond(Long.parseLong(claim(token, "exp")));
    }

    private static String fetch(String user) {
        return fetch(user, "editio-cli");
    }

    private static String fetch(String user, String client) {
        // port(-1): inside a Quarkus test, REST Assured would otherwise use the service's test port.
        return given().baseUri(keycloakUrl()).port(-1)
                .formParam("grant_type", "password")
                .formParam("client_id", client)
                .formParam("username", user)
                .formParam("password", user)
                .when().post("/realms/editio/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** The same token with its signature replaced: header and claims intact, so only the signature check can refuse it. */
    public static String forged(String user) {
        String[] parts = of(user).split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[0] ^= 0x5a;
        signature[signature.length / 2] ^= 0x5a;
        return parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** Claims with the role raised to admin, signed with nothing: must be refused. */
    public static String unsigned(String user) {
        String[] parts = of(user).split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + parts[1] + ".";
    }
}
