package org.editio.rest;

import static io.restassured.RestAssured.given;
import static org.editio.testing.Fixtures.EDITION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.editio.testing.Fixtures;
import org.editio.testing.RealServers;
import org.editio.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint against every kind of caller: anonymous, reader, editor, reviewer, admin, an expired
 * token and a token with a forged signature. Requests are built to stop just after authorization
 * (a missing If-Match, an unknown change), so that the matrix changes nothing.
 */
@QuarkusTest
@WithTestResource(RealServers.class)
class RoleMatrixIT {

    /** Who may call: anyone (published text), or the least role that may. */
    enum Needs { ANYONE, READER, EDITOR, REVIEWER }

    record Call(String method, String path, String body, Needs needs, int allowedStatus) {
    }

    static final List<Call> CALLS = List.of(
            new Call("GET", "/api/editions", null, Needs.ANYONE, 200),
            new Call("GET", EDITION + "/tei", null, Needs.ANYONE, 200),
            new Call("GET", EDITION + "/fragments/ch12-p1", null, Needs.ANYONE, 200),
            new Call("GET", EDITION + "/hands", null, Needs.ANYONE, 200),
            new Call("GET", EDITION + "/tei?text=draft", null, Needs.READER, 200),
            new Call("GET", EDITION + "/fragments/ch12-p1?text=draft", null, Needs.READER, 200),
            new Call("GET", EDITION + "/history", null, Needs.READER, 200),
            new Call("GET", EDITION + "/history/1", null, Needs.READER, 200),
            new Call("GET", EDITION + "/diff?from=1&to=1", null, Needs.READER, 200),
            new Call("GET", EDITION + "/changes/999999", null, Needs.READER, 404),
            new Call("PUT", EDITION + "/presence", "{\"activity\":\"dancing\"}", Needs.READER, 400),
            new Call("PUT", EDITION + "/tei", "<TEI/>", Needs.EDITOR, 428),
            new Call("PUT", EDITION + "/fragments/ch12-p1", "<p/>", Needs.EDITOR, 428),
            new Call("POST", EDITION + "/fragments/ch12-p1/marks", "{\"kind\":\"hand\",\"start\":0,\"end\":1,\"hand\":\"CM\"}", Needs.EDITOR, 428),
            new Call("POST", EDITION + "/fragments/ch12-p1/notes", "{\"at\":0,\"text\":\"n\"}", Needs.EDITOR, 428),
            new Call("PUT", EDITION + "/notes/ch12-n1", "{\"text\":\"n\"}", Needs.EDITOR, 428),
            new Call("POST", EDITION + "/corrections/ch12-p1-c1/accept", "{}", Needs.EDITOR, 428),
            new Call("POST", EDITION + "/corrections/ch12-p1-c1/reject", "{}", Needs.EDITOR, 428),
            new Call("POST", EDITION + "/revert/999999", null, Needs.EDITOR, 404),
            new Call("POST", EDITION + "/changes/999999/accept", "{}", Needs.REVIEWER, 404),
            new Call("POST", EDITION + "/changes/999999/reject", "{}", Needs.REVIEWER, 404),
            new Call("POST", EDITION + "/publish", null, Needs.REVIEWER, 412));

    static final List<String> USERS = List.of("reader1", "editor1", "reviewer1", "admin1");

    static boolean allowed(String user, Needs needs) {
        return switch (needs) {
            case ANYONE, READER -> true;
            case EDITOR -> user.equals("editor1") || user.equals("admin1");
            case REVIEWER -> user.equals("reviewer1") || user.equals("admin1");
        };
    }

    static int status(Call call, String token) {
        RequestSpecification request = given();
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (call.body() != null) {
            request = request.body(call.body())
                    .contentType(call.body().startsWith("<") ? "application/tei+xml" : "application/json");
        }
        if (call.path().endsWith("/publish")) {
            request = request.header("If-Match", "\"999999\"");
        }
        return request.when().request(call.method(), call.path()).statusCode();
    }

    @BeforeEach
    void restoreTheEdition() {
        Fixtures.restoreTheRealEditionOnceFor(getClass());
    }

    @Test
    void everyEndpointAnswersEachKindOfCallerAsItShould() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        USERS.forEach(u -> callers.put(u, Tokens.of(u)));
        callers.put("expired", Tokens.expired("admin1"));
        callers.put("forged", Tokens.forged("admin1"));
        List<String> wrong = new ArrayList<>();
        for (Call call : CALLS) {
            callers.forEach((caller, token) -> {
                int expected = switch (caller) {
                    case "anonymous" -> call.needs() == Needs.ANYONE ? call.allowedStatus() : 401;
                    case "expired", "forged" -> 401;
                    default -> allowed(caller, call.needs()) ? call.allowedStatus() : 403;
                };
                int actual = status(call, token);
                if (actual != expected) {
                    wrong.add(call.method() + " " + call.path() + " as " + caller + ": " + actual + ", expected " + expected);
                }
            });
        }
        assertEquals(List.of(), wrong);
    }
}
