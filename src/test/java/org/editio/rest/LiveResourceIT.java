package org.editio.rest;

import static io.restassured.RestAssured.given;
import static org.editio.testing.Fixtures.EDITION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.editio.testing.Fixtures;
import org.editio.testing.RealServers;
import org.editio.testing.Tokens;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The live stream of an edition, read as a browser's EventSource would, while others edit and review. */
@QuarkusTest
@WithTestResource(RealServers.class)
class LiveResourceIT {

    private static final Logger LOG = Logger.getLogger(LiveResourceIT.class);

    record Event(String name, String data, long receivedNanos) {
    }

    /** Opens the stream and collects its events until the returned future is cancelled. */
    static CompletableFuture<HttpResponse<Stream<String>>> listen(String user, BlockingQueue<Event> events) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + EDITION + "/events"))
                .header("Authorization", "Bearer " + Tokens.of(user))
                .header("Accept", "text/event-stream")
                .build();
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenApply(response -> {
            assertEquals(200, response.statusCode());
            Thread reader = new Thread(() -> {
                String[] name = {"message"};
                response.body().forEach(line -> {
                    if (line.startsWith("event:")) {
                        name[0] = line.substring(6).trim();
                    } else if (line.startsWith("data:")) {
                        events.add(new Event(name[0], line.substring(5).trim(), System.nanoTime()));
                        name[0] = "message";
                    }
                });
            }, "sse-reader");
            reader.setDaemon(true);
            reader.start();
            return response;
        });
    }

    static Event await(BlockingQueue<Event> events, String name, Predicate<String> data) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Event e = events.poll(100, TimeUnit.MILLISECONDS);
            if (e != null && e.name().equals(name) && data.test(e.data())) {
                return e;
            }
        }
        throw new AssertionError("No " + name + " event came");
    }

    @BeforeEach
    void restoreTheEdition() {
        Fixtures.restoreTheRealEditionOnceFor(getClass());
    }

    @Test
    void listenersSeeOthersChangesReviewsAndPresenceAsTheyHappen() throws Exception {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        var stream = listen("reader1", events);
        try {
            stream.get(10, TimeUnit.SECONDS);
            assertNotNull(await(events, "hello", d -> d.contains("\"revision\"")));

            Response p = given().auth().oauth2(Tokens.of("editor1")).get(EDITION + "/fragments/ch12-p10")
                    .then().statusCode(200).extract().response();
            long sent = System.nanoTime();
            given().auth().oauth2(Tokens.of("editor1")).contentType("application/tei+xml").header("If-Match", p.header("ETag"))
                    .body(p.asString().replaceFirst("</p>$", " Seen live.</p>"))
                    .when().put(EDITION + "/fragments/ch12-p10").then().statusCode(204);
            long stored = System.nanoTime();
            Event change = await(events, "change", d -> d.contains("\"fragment\":\"ch12-p10\""));
            assertTrue(change.data().contains("\"user\":\"editor1\"") && change.data().contains("\"status\":\"pending\""),
                    change.data());
            LOG.infof("A change reached a listener %d ms after its 204 (%d ms after it was sent)",
                    TimeUnit.NANOSECONDS.toMillis(change.receivedNanos() - stored),
                    TimeUnit.NANOSECONDS.toMillis(change.receivedNanos() - sent));
            long rev = Long.parseLong(change.data().replaceAll(".*\"revision\":(\\d+).*", "$1"));

            given().auth().oauth2(Tokens.of("editor2")).contentType("application/json")
                    .body(Map.of("fragment", "ch12-p11", "activity", "editing"))
                    .when().put(EDITION + "/presence").then().statusCode(204);
            Event presence = await(events, "presence", d -> d.contains("\"user\":\"editor2\""));
            assertTrue(presence.data().contains("\"fragment\":\"ch12-p11\"") && presence.data().contains("\"activity\":\"editing\"")
                    && presence.data().contains("Edgar Editor"), presence.data());

            given().auth().oauth2(Tokens.of("reviewer1")).contentType("application/json").body(Map.of("comment", "Live."))
                    .when().post(EDITION + "/changes/" + rev + "/accept").then().statusCode(204);
            Event review = await(events, "review", d -> d.contains("\"revision\":" + rev + ","));
            assertTrue(review.data().contains("\"status\":\"accepted\"") && review.data().contains("\"reviewer\":\"reviewer1\""),
                    review.data());

            given().auth().oauth2(Tokens.of("editor2")).contentType("application/json")
                    .body(Map.of("fragment", "ch12-p11", "activity", "left"))
                    .when().put(EDITION + "/presence").then().statusCode(204);
            await(events, "presence", d -> !d.contains("\"user\":\"editor2\""));
        } finally {
            stream.cancel(true);
        }
    }

    /** Several changes in one poll reach a listener as a burst, which must not end its stream. */
    @Test
    void aBurstOfChangesReachesTheListenerWhole() throws Exception {
        java.util.List<String> ids = java.util.List.of("ch11-p40", "ch11-p41", "ch11-p42", "ch11-p43", "ch11-p44", "ch11-p45");
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        var stream = listen("reader1", events);
        try {
            stream.get(10, TimeUnit.SECONDS);
            assertNotNull(await(events, "hello", d -> d.contains("\"revision\"")));
            java.util.List<java.util.concurrent.Callable<Integer>> edits = new java.util.ArrayList<>();
            for (String id : ids) {
                Response p = given().auth().oauth2(Tokens.of("editor1")).get(EDITION + "/fragments/" + id)
                        .then().statusCode(200).extract().response();
                edits.add(() -> given().auth().oauth2(Tokens.of("editor2")).contentType("application/tei+xml")
                        .header("If-Match", p.header("ETag")).body(p.asString().replaceFirst("</p>$", " A burst.</p>"))
                        .when().put(EDITION + "/fragments/" + id).statusCode());
            }
            for (int status : FragmentResourceIT.allAtOnce(edits)) {
                assertEquals(204, status);
            }
            java.util.Set<String> unseen = new java.util.HashSet<>(ids);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!unseen.isEmpty() && System.nanoTime() < deadline) {
                Event e = events.poll(100, TimeUnit.MILLISECONDS);
                if (e != null && e.name().equals("change")) {
                    unseen.removeIf(id -> e.data().contains("\"fragment\":\"" + id + "\""));
                }
            }
            assertTrue(unseen.isEmpty(), "no change event came for " + unseen);
        } finally {
            stream.cancel(true);
        }
    }

    @Test
    void theStreamAndPresenceNeedAnAccount() {
        given().when().get(EDITION + "/events").then().statusCode(401);
        given().auth().oauth2(Tokens.forged("reader1")).when().get(EDITION + "/events").then().statusCode(401);
        given().contentType("application/json").body(Map.of("activity", "viewing"))
                .when().put(EDITION + "/presence").then().statusCode(401);
        given().auth().oauth2(Tokens.of("reader1")).contentType("application/json").body(Map.of("activity", "dancing"))
                .when().put(EDITION + "/presence").then().statusCode(400);
        given().auth().oauth2(Tokens.of("reader1")).when().get("/api/editions/no-such-edition/events").then().statusCode(404);
    }
}
