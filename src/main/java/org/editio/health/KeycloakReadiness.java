package org.editio.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the realm's OpenID discovery document answers: without it no token can be checked. */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String authServerUrl;

    @Override
    public HealthCheckResponse call() {
        URI discovery = URI.create(authServerUrl + "/.well-known/openid-configuration");
        try {
            int status = http.send(HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            return HealthCheckResponse.named("keycloak").status(status == 200)
                    .withData("realm", authServerUrl).build();
        } catch (java.io.IOException e) {
            return HealthCheckResponse.named("keycloak").down().withData("error", String.valueOf(e.getMessage())).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named("keycloak").down().build();
        }
    }
}
