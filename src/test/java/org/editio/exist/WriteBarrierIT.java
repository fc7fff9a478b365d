package org.editio.exist;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.editio.launcher.ExistServer;
import org.editio.testing.Fixtures;
import org.editio.testing.RealServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The barrier after writes is a plain read of the edition's meta.xml; it is a barrier only because that
 * read waits for the exclusive lock every write holds. Checked here against the real eXist-db: a query
 * holds the lock, and the barrier must not return before it lets go.
 */
@QuarkusTest
@WithTestResource(RealServers.class)
class WriteBarrierIT {

    static final long HOLD_MS = 1500;

    @Inject
    EditionStore editions;

    @BeforeEach
    void restoreTheEdition() {
        Fixtures.restoreTheRealEditionOnceFor(getClass());
    }

    /**
     * Counts only when the barrier started while the query held the lock (eXist-db says when it took and
     * let go of it, on the same clock): the holder is given a head start, longer at each try.
     */
    @Test
    void theBarrierWaitsForTheWriteHoldingTheEditionsLock() throws Exception {
        long revision = editions.draftRevision("trotsky-stalin");
        assertTrue(revision > 0);
        ExecutorService holderThread = Executors.newSingleThreadExecutor();
        try {
            for (int attempt = 1; attempt <= 3; attempt++) {
                Future<String> holder = holderThread.submit(() -> holdTheLock(HOLD_MS));
                Thread.sleep(200L * attempt);
                Instant started = Instant.now();
                assertEquals(revision, editions.draftRevision("trotsky-stalin"));
                Instant returned = Instant.now();
                String[] held = holder.get(10, TimeUnit.SECONDS).split(" ");
                Instant taken = OffsetDateTime.parse(held[0]).toInstant();
                Instant released = OffsetDateTime.parse(held[1]).toInstant();
                if (started.isAfter(taken)) {
                    assertFalse(returned.isBefore(released),
                            "the barrier started at " + started + ", while the lock was held (" + taken + " to "
                                    + released + "), and returned at " + returned);
                    return;
                }
            }
            fail("The barrier never started while the query held the lock");
        } finally {
            holderThread.shutdownNow();
        }
    }

    @Test
    void anEditionWithoutMetadataHasNoRevision() {
        assertEquals(-1, editions.draftRevision("no-such-edition"));
    }

    /**
     * Holds the edition's exclusive lock in eXist-db, as the service's account, for {@code ms}.
     * @return when the lock was taken and when it was about to be let go, as two dateTimes
     */
    private static String holdTheLock(long ms) {
        ExistServer exist = RealServers.exist();
        String body = ExistQuery.of("""
                declare variable $ms external;
                util:exclusive-lock(doc('/db/editio/editions/trotsky-stalin/meta.xml'),
                    let $taken := util:system-dateTime()
                    return (util:wait($ms), $taken || ' ' || util:system-dateTime()))""")
                .bind("ms", ms).toRequestBody();
        return given().baseUri(exist.url()).port(-1).auth().preemptive().basic("editio", exist.credentials().editioPassword())
                .contentType("application/xml").body(body)
                .when().post("/rest/db").then().statusCode(200).extract().asString().trim();
    }
}
