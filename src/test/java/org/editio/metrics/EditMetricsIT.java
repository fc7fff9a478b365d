package org.editio.metrics;

import static io.restassured.RestAssured.given;
import static org.editio.testing.Fixtures.EDITION;
import static org.editio.testing.MetricsText.BARRIERS;
import static org.editio.testing.MetricsText.BY_PARTS;
import static org.editio.testing.MetricsText.GROUPS_RECORDED;
import static org.editio.testing.MetricsText.STORED_QUERIES;
import static org.editio.testing.MetricsText.STORED_WRITES;
import static org.editio.testing.MetricsText.WHOLE;
import static org.editio.testing.MetricsText.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.editio.testing.Fixtures;
import org.editio.testing.RealServers;
import org.editio.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /q/metrics counts what fragment writes cost: stored writes, storing queries, barriers and validations. */
@QuarkusTest
@WithTestResource(RealServers.class)
class EditMetricsIT {

    private static final String FRAGMENT = EDITION + "/fragments/ch12-p12";

    @BeforeEach
    void restoreTheEdition() {
        Fixtures.restoreTheRealEditionOnceFor(getClass());
    }

    @Test
    void aStoredWriteCountsItsQueryItsBarrierAndItsValidationAndAStaleOneNone() {
        // The first write may find the draft moved by the other tests' restoring of the edition, and be validated
        // again on the draft as stored: the counts are checked on the second.
        String etag = write(read(), " Counted once.").then().statusCode(204).extract().header("ETag");
        String before = metrics();
        Response read = read();
        assertEquals(etag, read.header("ETag"));
        write(read, " Counted twice.").then().statusCode(204);
        String afterWrite = metrics();
        assertEquals(1, value(afterWrite, STORED_WRITES) - value(before, STORED_WRITES));
        assertEquals(1, value(afterWrite, STORED_QUERIES) - value(before, STORED_QUERIES));
        assertEquals(1, value(afterWrite, GROUPS_RECORDED) - value(before, GROUPS_RECORDED));
        assertTrue(value(afterWrite, BARRIERS) - value(before, BARRIERS) >= 1, "the answer waited for a barrier");
        assertEquals(1, validations(afterWrite) - validations(before));

        // The same If-Match again is stale: 412 from what the service knows, with no query and no validation.
        write(read, " Not counted.").then().statusCode(412);
        String afterStale = metrics();
        assertEquals(value(afterWrite, STORED_WRITES), value(afterStale, STORED_WRITES));
        assertEquals(validations(afterWrite), validations(afterStale));
    }

    private static Response read() {
        return given().auth().oauth2(Tokens.of("editor1")).get(FRAGMENT).then().statusCode(200).extract().response();
    }

    /** The element as read, with {@code added} at the end of its text, written with the read's ETag. */
    private static Response write(Response read, String added) {
        String xml = read.asString();
        int end = xml.lastIndexOf("</p>");
        return given().auth().oauth2(Tokens.of("editor1")).contentType("application/tei+xml")
                .header("If-Match", read.header("ETag")).body(xml.substring(0, end) + added + xml.substring(end))
                .put(FRAGMENT).then().extract().response();
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double validations(String metrics) {
        return value(metrics, BY_PARTS) + value(metrics, WHOLE);
    }
}
