package org.editio.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Bearer tokens that quarkus-oidc has verified, with the identity it made of each, for a short while: a
 * client sends the same token with every request until it expires, and verifying it again (parsing the JWT,
 * checking the signature, building the identity) was about an eighth of the service's CPU per edit. A token is
 * found only if it is byte for byte one that was verified, only before its {@code exp} and at most {@code ttl}
 * after its verification. Tokens are keyed by their SHA-256, so that a lookup compares digests, not an
 * attacker's string with a genuine token.
 */
public final class VerifiedTokens {

    private record Verified(SecurityIdentity identity, Instant until) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final int max;
    private final Clock clock;
    private final LongAdder hits = new LongAdder();

    public VerifiedTokens(Duration ttl, int max, Clock clock) {
        this.ttl = ttl;
        this.max = max;
        this.clock = clock;
    }

    /** The identity quarkus-oidc made of this very token, if it is still to be taken as verified. */
    public Optional<SecurityIdentity> find(String token) {
        if (ttl.isZero() || verified.isEmpty()) {
            return Optional.empty();
        }
        String key = digest(token);
        Verified found = verified.get(key);
        if (found == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(found.until())) {
            verified.remove(key, found);
            return Optional.empty();
        }
        hits.increment();
        return Optional.of(found.identity());
    }

    /**
     * Keeps a token quarkus-oidc has just verified, until {@code expiresAt} (its {@code exp}) or {@code ttl} from
     * now, whichever comes first. When the cache is full, expired tokens make room; if none has, the token is
     * not kept (it is verified again next time).
     */
    public void remember(String token, SecurityIdentity identity, Instant expiresAt) {
        Instant now = clock.instant();
        Instant until = now.plus(ttl).isBefore(expiresAt) ? now.plus(ttl) : expiresAt;
        if (ttl.isZero() || !now.isBefore(until)) {
            return;
        }
        if (verified.size() >= max) {
            verified.values().removeIf(v -> !now.isBefore(v.until()));
            if (verified.size() >= max) {
                return;
            }
        }
        verified.put(digest(token), new Verified(identity, until));
    }

    /** Requests answered from the cache since start, for tests and diagnostics. */
    public long hits() {
        return hits.sum();
    }

    private static String digest(String token) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
