package org.editio.rest;

import jakarta.annotation.PostConstruct;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Every API answer forbids script and framing from elsewhere, and content sniffing. */
@Provider
public class SecurityHeaders implements ContainerResponseFilter {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /** The editor exchanges its sign-in code for tokens at Keycloak, so it may connect there too. */
    @ConfigProperty(name = "editio.keycloak.url")
    String keycloakUrl;

    /** Built once: every answer sends it. */
    private String policy;

    @PostConstruct
    void buildPolicy() {
        policy = CSP + "; connect-src 'self' " + keycloakUrl.replaceAll("[;\\s]", "");
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("Content-Security-Policy", policy);
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().putSingle("Referrer-Policy", "no-referrer");
    }
}
