package org.editio.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long, and for how many tokens, the service keeps what quarkus-oidc verified (see org.editio.security). */
@ConfigMapping(prefix = "editio.security.verified-tokens")
public interface SecurityConfig {

    /**
     * At most this long after its verification a token is taken as verified, and never past its expiry.
     * Bounds how late the service notices that Keycloak no longer publishes the key that signed it. 0 turns
     * the cache off: every request is verified by quarkus-oidc.
     */
    @WithDefault("60s")
    Duration ttl();

    /** At most this many tokens are kept. */
    @WithDefault("1000")
    int max();
}
