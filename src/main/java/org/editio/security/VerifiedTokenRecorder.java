package org.editio.security;

import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Keeps each bearer token quarkus-oidc verifies, with the identity it made, in {@link VerifiedTokens}. Runs
 * first of the augmentors, so that what is kept is quarkus-oidc's identity itself; it changes nothing.
 */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    /** Attributes of the request the token came with, which the next request brings its own of. */
    static final Set<String> OF_THE_REQUEST = Set.of(RoutingContext.class.getName(),
            AuthenticationRequestContext.class.getName());

    @Inject
    VerifiedTokens tokens;

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token != null && identity instanceof QuarkusSecurityIdentity verified
                && identity.getAttribute(CachedTokenIdentityProvider.FROM_CACHE) == null
                && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            tokens.remember(token.getToken(), detached(verified), Instant.ofEpochSecond(jwt.getExpirationTime()));
        }
        return Uni.createFrom().item(identity);
    }

    /**
     * The identity without what ties it to its request: kept as it is, it would hold that request (and its
     * body) in memory for as long as the token is kept.
     */
    static SecurityIdentity detached(QuarkusSecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder copy = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .setAnonymous(identity.isAnonymous())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addPermissions(identity.getPermissions());
        identity.getAttributes().forEach((name, value) -> {
            if (!OF_THE_REQUEST.contains(name)) {
                copy.addAttribute(name, value);
            }
        });
        return copy.build();
    }
}
