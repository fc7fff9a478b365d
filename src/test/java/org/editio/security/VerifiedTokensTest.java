package org.editio.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.junit.jupiter.api.Test;

/** A verified token is found only as sent, only before its expiry, and at most ttl after its verification. */
class VerifiedTokensTest {

    static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
    static final SecurityIdentity EDITOR = QuarkusSecurityIdentity.builder()
            .setPrincipal(() -> "editor1").addRole("editor").build();

    /** A clock the test moves. */
    static final class Now extends Clock {
        Instant instant = T0;

        @Override
        public Instant instant() {
            return instant;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void aTokenIsFoundOnlyByteForByteAsVerified() {
        VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(60), 10, new Now());
        tokens.remember("aaa.bbb.ccc", EDITOR, T0.plusSeconds(300));
        assertSame(EDITOR, tokens.find("aaa.bbb.ccc").orElseThrow());
        assertFalse(tokens.find("aaa.bbb.ccd").isPresent(), "another signature");
        assertFalse(tokens.find("aaa.bbb.cc").isPresent());
        assertEquals(1, tokens.hits());
    }

    @Test
    void aTokenIsNotFoundFromItsExpiryOn() {
        Now now = new Now();
        VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(60), 10, now);
        tokens.remember("t", EDITOR, T0.plusSeconds(2));
        now.instant = T0.plusMillis(1999);
        assertTrue(tokens.find("t").isPresent());
        now.instant = T0.plusSeconds(2);
        assertFalse(tokens.find("t").isPresent(), "at exp");
        tokens.remember("expired", EDITOR, T0.plusSeconds(1));
        assertFalse(tokens.find("expired").isPresent(), "verified after its expiry (by a grace elsewhere)");
    }

    @Test
    void aTokenIsNotFoundLongerThanTheTtlAfterItsVerification() {
        Now now = new Now();
        VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(60), 10, now);
        tokens.remember("t", EDITOR, T0.plusSeconds(300));
        now.instant = T0.plusSeconds(59);
        assertTrue(tokens.find("t").isPresent());
        now.instant = T0.plusSeconds(60);
        assertFalse(tokens.find("t").isPresent());
    }

    @Test
    void aFullCacheMakesRoomOnlyFromExpiredTokens() {
        Now now = new Now();
        VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(60), 2, now);
        tokens.remember("short", EDITOR, T0.plusSeconds(5));
        tokens.remember("long", EDITOR, T0.plusSeconds(300));
        tokens.remember("third", EDITOR, T0.plusSeconds(300));
        assertFalse(tokens.find("third").isPresent(), "full, and nothing expired");
        assertTrue(tokens.find("short").isPresent());
        now.instant = T0.plusSeconds(10);
        tokens.remember("third", EDITOR, T0.plusSeconds(300));
        assertTrue(tokens.find("third").isPresent(), "took the expired one's place");
        assertTrue(tokens.find("long").isPresent());
    }

    @Test
    void aTtlOfZeroKeepsNothing() {
        VerifiedTokens tokens = new VerifiedTokens(Duration.ZERO, 10, new Now());
        tokens.remember("t", EDITOR, T0.plusSeconds(300));
        assertFalse(tokens.find("t").isPresent());
    }
}
