package org.editio.exist;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
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

    @Test
    void theBarrierWaitsForTheWriteHoldingTheEditionsLock() throws Exception {
        long revision = editions.draftRevision("trotsky-stalin");
        assertTrue(revision > 0);
        CompletableFuture<String> holder = CompletableFuture.supplyAsync(() -> holdTheLock(HOLD_MS));
        Thread.sleep(300);
        long start = System.nanoTime();
        assertEquals(revision, editions.draftRevision("trotsky-stalin"));
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals("held", holder.get(10, TimeUnit.SECONDS));
        assertTrue(waited >= HOLD_MS - 300 - 200, "the barrier waited for the lock: " + waited + " ms");
    }

    @Test
    void anEditionWithoutMetadataHasNoRevision() {
        assertEquals(-1, editions.draftRevision("no-such-edition"));
    }

    /** Holds the edition's exclusive lock in eXist-db, as the service's account, for {@code ms}. */
    private static String holdTheLock(long ms) {
        ExistServer exist = RealServers.exist();
        String body = ExistQuery.of("""
                declare variable $ms external;
                util:exclusive-lock(doc('/db/editio/editions/trotsky-stalin/meta.xml'), (util:wait($ms), 'held'))""")
                .bind("ms", ms).toRequestBody();
        return given().baseUri(exist.url()).port(-1).auth().preemptive().basic("editio", exist.credentials().editioPassword())
                .contentType("application/xml").body(body)
                .when().post("/rest/db").then().statusCode(200).extract().asString().trim();
    }
}
