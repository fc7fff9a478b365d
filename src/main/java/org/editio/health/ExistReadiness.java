package org.editio.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.editio.exist.EditionStore;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when eXist-db runs Editio's queries with Editio's account and its root collection exists. */
@Readiness
@ApplicationScoped
public class ExistReadiness implements HealthCheck {

    @Inject
    EditionStore store;

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("exist-db").status(store.ping()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("exist-db").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
