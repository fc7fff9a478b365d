package org.editio.config;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.editio.security.VerifiedTokens;

/** The cache of verified tokens, sized from {@link SecurityConfig}. */
@ApplicationScoped
public class SecurityProducer {

    @Produces
    @Singleton
    VerifiedTokens verifiedTokens(SecurityConfig config) {
        return new VerifiedTokens(config.ttl(), config.max(), Clock.systemUTC());
    }
}
