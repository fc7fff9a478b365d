package org.editio.launcher;

import static io.restassured.RestAssured.given;
import static org.editio.testing.Fixtures.EDITION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.editio.testing.Fixtures;
import org.editio.testing.RealServers;
import org.editio.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two service instances on one eXist-db: the test's own, and a second one started from the packaged
 * service as the launcher starts it. Writes through both stay atomic: of concurrent writers of one
 * element exactly one wins, whichever instance they went through.
 */
@QuarkusTest
@WithTestResource(RealServers.class)
class TwoInstancesIT {

    static final int SECOND_PORT = Integer.getInteger("editio.it.second-port", 18082);
    static ServiceServer second;

    @BeforeAll
    static void startASecondInstance() {
        second = new ServiceServer(Path.of("").toAbsolutePath(), Path.of("target/it-state").toAbsolutePath(), SECOND_PORT);
        second.start(RealServers.exist(), RealServers.keycloak());
    }

    @AfterAll
    static void stopIt() {
        if (second != null) {
            second.stop();
        }
    }

    @BeforeEach
    void restoreTheEdition() {
        Fixtures.restoreTheRealEditionOnceFor(getClass());
    }

    static String base(int instance) {
        return instance == 0 ? "http://localhost:" + RestAssured.port : second.url();
    }

    static Response get(int instance, String xmlId) {
        return given().baseUri(base(instance)).port(-1).auth().oauth2(Tokens.of("editor1"))
                .get(EDITION + "/fragments/" + xmlId).then().statusCode(200).extract().response();
    }

    static int put(int instance, String user, String xmlId, String etag, String xml) {
        return given().baseUri(base(instance)).port(-1).auth().oauth2(Tokens.of(user))
                .contentType("application/tei+xml").header("If-Match", etag).body(xml)
                .when().put(EDITION + "/fragments/" + xmlId).statusCode();
    }

    static long changesOf(String xmlId) {
        List<String> fragments = given().auth().oauth2(Tokens.of("reader1")).get(EDITION + "/history?size=200")
                .then().statusCode(200).extract().jsonPath().getList("changes.fragment");
        return fragments.stream().filter(xmlId::equals).count();
    }

    @Test
    void concurrentWritersOfOneElementThroughTwoInstancesCannotOverwriteEachOther() throws Exception {
        Response p = get(0, "ch12-p19");
        assertEquals(p.asString(), get(1, "ch12-p19").asString(), "both instances read the same element");
        long before = changesOf("ch12-p19");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int writer = i;
            Callable<Integer> write = () -> put(writer % 2, writer % 2 == 0 ? "editor1" : "editor2", "ch12-p19",
                    p.header("ETag"), p.asString().replaceFirst("</p>$", " Writer " + writer + ".</p>"));
            answers.add(pool.submit(write));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 204).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        assertEquals(before + 1, changesOf("ch12-p19"), "exactly one change recorded");
        String stored = get(1, "ch12-p19").asString();
        assertTrue(stored.matches("(?s).* Writer \\d\\.</p>$"), stored);
        assertEquals(stored, get(0, "ch12-p19").asString());
    }

    @Test
    void aVersionOneInstanceStoredIsStaleOnceTheOtherHasChangedTheElement() {
        Response p = get(0, "ch12-p21");
        assertEquals(204, put(0, "editor1", "ch12-p21", p.header("ETag"), p.asString().replace("</p>", " one.</p>")));
        Response readBack = get(0, "ch12-p21");
        assertTrue(readBack.asString().contains(" one."), readBack.asString());
        String storedByTheFirst = readBack.header("ETag");
        assertEquals(204, put(1, "editor2", "ch12-p21", storedByTheFirst, p.asString().replace("</p>", " two.</p>")));
        // The first instance remembers storedByTheFirst as the element's version, but eXist-db has the second's.
        Response stale = given().baseUri(base(0)).port(-1).auth().oauth2(Tokens.of("editor1"))
                .contentType("application/tei+xml").header("If-Match", storedByTheFirst)
                .body(p.asString().replace("</p>", " three.</p>"))
                .when().put(EDITION + "/fragments/ch12-p21").then().extract().response();
        assertEquals(412, stale.statusCode());
        assertTrue(stale.asString().contains(" two."), "the 412 carries the element as the second instance stored it");
        // The first instance answers reads of what it stored from memory, but not once the other has written.
        Response now = get(0, "ch12-p21");
        assertTrue(now.asString().contains(" two."), now.asString());
        assertEquals(get(1, "ch12-p21").header("ETag"), now.header("ETag"));
    }

    /** The first instance still knows its own write as current when the version the other stored arrives. */
    @Test
    void aVersionTheOtherInstanceStoredIsAcceptedByTheFirst() {
        Response p = get(0, "ch12-p24");
        Response first = given().baseUri(base(0)).port(-1).auth().oauth2(Tokens.of("editor1"))
                .contentType("application/tei+xml").header("If-Match", p.header("ETag"))
                .body(p.asString().replace("</p>", " one.</p>"))
                .when().put(EDITION + "/fragments/ch12-p24").then().statusCode(204).extract().response();
        Response second = given().baseUri(base(1)).port(-1).auth().oauth2(Tokens.of("editor2"))
                .contentType("application/tei+xml").header("If-Match", first.header("ETag"))
                .body(p.asString().replace("</p>", " one. two.</p>"))
                .when().put(EDITION + "/fragments/ch12-p24").then().statusCode(204).extract().response();
        assertEquals(204, put(0, "editor1", "ch12-p24", second.header("ETag"),
                p.asString().replace("</p>", " one. two. three.</p>")), "the second's version is current");
        assertTrue(get(1, "ch12-p24").asString().contains(" one. two. three.</p>"));
    }

    @Test
    void writersOfDifferentElementsThroughTwoInstancesAllSucceed() throws Exception {
        List<String> ids = List.of("ch12-p20", "ch12-p21", "ch12-p22", "ch12-p23");
        List<Response> read = new ArrayList<>();
        for (String id : ids) {
            read.add(get(0, id));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int n = i;
            answers.add(pool.submit(() -> put(n % 2, "editor1", ids.get(n), read.get(n).header("ETag"),
                    read.get(n).asString().replaceFirst("</p>$", " Both instances.</p>"))));
        }
        for (Future<Integer> answer : answers) {
            assertEquals(204, answer.get());
        }
        pool.shutdown();
        for (String id : ids) {
            assertTrue(get(1, id).asString().contains("Both instances."), id);
        }
    }
}
