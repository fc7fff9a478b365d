package org.editio.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.editio.config.ExistConfig;
import org.editio.exist.XQueries;
import org.jboss.logging.Logger;

/**
 * For the Docker set-up only, where eXist-db comes from its stock image with an empty admin
 * password: if {@code editio.exist.bootstrap-admin-password} is set and the empty password still
 * works, set it and create Editio's account. The launcher never needs this (it provisions a data
 * directory before eXist-db listens), so it is off unless configured.
 */
@ApplicationScoped
public class ExistBootstrap {

    private static final Logger LOG = Logger.getLogger(ExistBootstrap.class);

    @Inject
    ExistConfig config;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** @return true when this call provisioned the database; false when it was already provisioned or is off */
    public boolean bootstrapIfNeeded() {
        Optional<String> adminPassword = config.bootstrapAdminPassword();
        if (adminPassword.isEmpty()) {
            return false;
        }
        String body = XQueries.BOOTSTRAP.query()
                .bind("admin-password", adminPassword.get())
                .bind("editio-user", config.user())
                .bind("editio-password", config.password())
                .bind("root", config.root())
                .toRequestBody();
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.url() + "/rest/db"))
                .timeout(config.timeout())
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && response.body().contains("<provisioned ")) {
                LOG.info("eXist-db had an empty admin password: set it and created Editio's account");
                return true;
            }
            if (response.statusCode() == 401) {
                return false;
            }
            throw new IllegalStateException("eXist-db bootstrap answered " + response.statusCode());
        } catch (IOException e) {
            throw new IllegalStateException("eXist-db cannot be reached for bootstrap: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during eXist-db bootstrap", e);
        }
    }
}
