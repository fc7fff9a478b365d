package org.editio.rest;

import static io.restassured.RestAssured.given;
import static org.editio.testing.Fixtures.EDITION;
import static org.editio.testing.Fixtures.TEI;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmNode;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.XmlLimits;
import org.editio.testing.Fixtures;
import org.editio.testing.RealServers;
import org.editio.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Semantic edits, review, publication and history on the real edition, in the real eXist-db, with real
 * Keycloak tokens: what the TEI records of each step, and what each kind of caller sees.
 */
@QuarkusTest
@WithTestResource(RealServers.class)
class ReviewHistoryIT {

    static final String FRAGMENTS = EDITION + "/fragments/";
    static final Processor SAXON = new Processor(false);
    static final HardenedXmlParser PARSER = new HardenedXmlParser(SAXON, new XmlLimits(1 << 26, 256));

    @BeforeEach
    void restoreTheEdition() {
        Fixtures.restoreTheRealEditionOnceFor(getClass());
    }

    static Response fragment(String user, String xmlId) {
        return given().auth().oauth2(Tokens.of(user)).when().get(FRAGMENTS + xmlId)
                .then().statusCode(200).extract().response();
    }

    static Response post(String user, String path, String ifMatch, Object body) {
        var request = given().auth().oauth2(Tokens.of(user)).contentType("application/json");
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.body(body).when().post(EDITION + path).then().extract().response();
    }

    static Response putFragment(String user, String xmlId, String ifMatch, String xml) {
        return given().auth().oauth2(Tokens.of(user)).contentType("application/tei+xml").header("If-Match", ifMatch)
                .body(xml.getBytes(StandardCharsets.UTF_8)).when().put(FRAGMENTS + xmlId).then().extract().response();
    }

    static String draft() {
        return given().auth().oauth2(Tokens.of("reader1")).get(TEI).then().statusCode(200).extract().asString();
    }

    /** The newest change of a fragment, from the history. */
    static long newestChangeOf(String xmlId) {
        List<Map<String, Object>> changes = given().auth().oauth2(Tokens.of("reader1"))
                .get(EDITION + "/history?size=200").then().statusCode(200).extract().jsonPath().getList("changes");
        return changes.stream().filter(c -> xmlId.equals(c.get("fragment")))
                .mapToLong(c -> ((Number) c.get("revision")).longValue()).max().orElseThrow();
    }

    static String change(long rev, String path) {
        return given().auth().oauth2(Tokens.of("reader1")).get(EDITION + "/changes/" + rev)
                .then().statusCode(200).extract().jsonPath().getString(path);
    }

    static boolean xpath(String xml, String expression) throws Exception {
        XdmNode doc = PARSER.parse(xml.getBytes(StandardCharsets.UTF_8));
        var compiler = SAXON.newXPathCompiler();
        compiler.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        XPathSelector selector = compiler.compile(expression).load();
        selector.setContextItem(doc);
        return selector.effectiveBooleanValue();
    }

    /** The text element of a TEI document, serialized: the edition without its header. */
    static String text(String tei) {
        XdmNode doc = PARSER.parse(tei.getBytes(StandardCharsets.UTF_8));
        XdmNode text = doc.select(net.sf.saxon.s9api.streams.Steps.descendant("http://www.tei-c.org/ns/1.0", "text"))
                .findFirst().orElseThrow();
        return PARSER.serialize(text);
    }

    /** Keeps both texts under target/ when they differ, to be compared with diff. */
    static void assertSameEdition(String expected, String rebuilt, long rev) throws Exception {
        if (!sameTree(expected, rebuilt)) {
            Files.writeString(Path.of("target/history-" + rev + "-as-it-was.xml"), expected);
            Files.writeString(Path.of("target/history-" + rev + "-rebuilt.xml"), rebuilt);
        }
        assertTrue(sameTree(expected, rebuilt), "history/" + rev + " is not the edition as it was (see target/history-"
                + rev + "-*.xml)");
    }

    /** The same XML, ignoring attribute order and serialization details. */
    static boolean sameTree(String a, String b) throws Exception {
        var compiler = SAXON.newXPathCompiler();
        compiler.declareVariable(new net.sf.saxon.s9api.QName("a"));
        compiler.declareVariable(new net.sf.saxon.s9api.QName("b"));
        XPathSelector selector = compiler.compile("deep-equal($a, $b)").load();
        selector.setVariable(new net.sf.saxon.s9api.QName("a"), PARSER.parse(a.getBytes(StandardCharsets.UTF_8)));
        selector.setVariable(new net.sf.saxon.s9api.QName("b"), PARSER.parse(b.getBytes(StandardCharsets.UTF_8)));
        return selector.effectiveBooleanValue();
    }

    @Test
    void aMarkedCorrectionIsPendingInTheTeiUntilAReviewerAcceptsIt() throws Exception {
        Response p = fragment("editor1", "ch12-p3");
        // "thoughtful" in ch12-p3: the offsets are those of the element's text.
        String text = PARSER.parse(p.asString().getBytes(StandardCharsets.UTF_8)).getStringValue();
        int start = text.indexOf("thoughtful");
        post("editor1", "/fragments/ch12-p3/marks", p.header("ETag"), Map.of("kind", "correction", "start", start,
                "end", start + 10, "corrected", "thoughtful", "type", "word")).then().statusCode(204);

        long rev = newestChangeOf("ch12-p3");
        assertEquals("pending", change(rev, "change.status"));
        assertEquals("mark-correction", change(rev, "change.operation"));
        String marked = fragment("editor1", "ch12-p3").asString();
        assertTrue(marked.contains("change=\"#rev-" + rev + "\""), marked);
        assertTrue(marked.contains("<sic>thoughtful</sic><corr resp=\"#user-editor1\" cert=\"high\" type=\"word\">thoughtful</corr>"), marked);
        String pending = draft();
        assertTrue(xpath(pending, "//tei:titleStmt/tei:respStmt[@xml:id = 'user-editor1']/tei:name = 'Edith Editor'"));
        assertTrue(xpath(pending, "//tei:revisionDesc//tei:change[@xml:id = 'rev-" + rev + "'][@status = 'pending']"
                + "[@who = '#user-editor1'][@target = '#ch12-p3'][empty(@resp)]"));

        post("editor1", "/changes/" + rev + "/accept", null, Map.of("comment", "Fine.")).then().statusCode(403);
        post("reviewer1", "/changes/" + rev + "/accept", null, Map.of("comment", "Right: a real word, kept.")).then().statusCode(204);
        assertEquals("accepted", change(rev, "change.status"));
        assertEquals("reviewer1", change(rev, "change.reviewer"));
        assertEquals("Right: a real word, kept.", change(rev, "change.comment"));
        assertTrue(xpath(draft(), "//tei:revisionDesc//tei:change[@xml:id = 'rev-" + rev + "'][@status = 'accepted']"
                + "[@resp = '#user-reviewer1'] and //tei:respStmt[@xml:id = 'user-reviewer1']"));
        post("reviewer1", "/changes/" + rev + "/accept", null, Map.of("comment", "Again")).then().statusCode(409);
        post("reviewer1", "/changes/999999/accept", null, Map.of("comment", "None")).then().statusCode(404);
    }

    @Test
    void rejectingRevertsAndLaterChangesToTheSameElementMustBeResolved() {
        Response original = fragment("editor1", "ch12-p4");
        String first = original.asString().replace("I laughed", "I smiled");
        putFragment("editor1", "ch12-p4", original.header("ETag"), first).then().statusCode(204);
        long a = newestChangeOf("ch12-p4");
        Response afterFirst = fragment("editor2", "ch12-p4");
        putFragment("editor2", "ch12-p4", afterFirst.header("ETag"), afterFirst.asString().replace("I smiled", "I grinned"))
                .then().statusCode(204);
        long b = newestChangeOf("ch12-p4");

        post("reviewer1", "/changes/" + a + "/reject", null, Map.of("comment", "Trotsky laughed."))
                .then().statusCode(409).body("laterRevisions", hasItem((int) b));
        assertTrue(fragment("reader1", "ch12-p4").asString().contains("I grinned"));

        post("reviewer1", "/changes/" + b + "/reject", null, Map.of("comment", "No.")).then().statusCode(204);
        assertTrue(fragment("reader1", "ch12-p4").asString().contains("I smiled"));
        assertEquals("rejected", change(b, "change.status"));

        post("reviewer1", "/changes/" + a + "/reject", null,
                Map.of("comment", "Trotsky laughed.", "resolution", original.asString())).then().statusCode(204);
        assertEquals(original.asString(), fragment("reader1", "ch12-p4").asString());
        assertEquals("rejected", change(a, "change.status"));
        // The reversal is itself a change, made and accepted by the reviewer.
        long reversal = newestChangeOf("ch12-p4");
        assertEquals("reject", change(reversal, "change.operation"));
        assertEquals("accepted", change(reversal, "change.status"));
    }

    @Test
    void readersSeeTheDraftAndAnonymousReadersThePublishedRevisionOnly() {
        Response p = fragment("editor1", "ch12-p6");
        String edited = p.asString().replaceFirst("</p>$", " Published later.</p>");
        putFragment("editor1", "ch12-p6", p.header("ETag"), edited).then().statusCode(204);

        assertTrue(fragment("reader1", "ch12-p6").asString().contains("Published later."));
        given().when().get(FRAGMENTS + "ch12-p6").then().statusCode(200).body(not(containsString("Published later.")));
        given().when().get(TEI).then().statusCode(200).body(not(containsString("Published later.")));

        post("editor1", "/publish", null, "").then().statusCode(403);
        given().contentType("application/json").when().post(EDITION + "/publish").then().statusCode(401);
        given().auth().oauth2(Tokens.of("reviewer1")).header("If-Match", "\"1\"").when().post(EDITION + "/publish")
                .then().statusCode(412);
        long revision = given().auth().oauth2(Tokens.of("reviewer1")).when().post(EDITION + "/publish")
                .then().statusCode(200).extract().jsonPath().getLong("revision");

        given().when().get(FRAGMENTS + "ch12-p6").then().statusCode(200).body(containsString("Published later."));
        given().when().get(TEI).then().statusCode(200).header("ETag", "\"" + revision + "\"")
                .body(containsString("Published later."));
        given().when().get(EDITION + "/history").then().statusCode(401);
    }

    @Test
    void everyPastRevisionIsRebuiltExactlyAndARevertIsANewChange() throws Exception {
        Response before = given().auth().oauth2(Tokens.of("reader1")).get(TEI).then().statusCode(200).extract().response();
        long r0 = Long.parseLong(before.header("ETag").replace("\"", ""));

        Response p7 = fragment("editor1", "ch12-p7");
        String text = PARSER.parse(p7.asString().getBytes(StandardCharsets.UTF_8)).getStringValue();
        post("editor2", "/fragments/ch12-p7/notes", p7.header("ETag"),
                Map.of("at", text.length(), "text", "A note of the editors <with> \"quotes\" & {braces}."))
                .then().statusCode(204);
        long noted = newestChangeOf("ch12-p7");
        post("reviewer1", "/changes/" + noted + "/accept", null, Map.of("comment", "ok")).then().statusCode(204);
        Response middle = given().auth().oauth2(Tokens.of("reader1")).get(TEI).then().extract().response();
        long r1 = Long.parseLong(middle.header("ETag").replace("\"", ""));
        Response p8 = fragment("editor1", "ch12-p8");
        putFragment("editor1", "ch12-p8", p8.header("ETag"), p8.asString().replaceFirst("</p>$", " Later.</p>"))
                .then().statusCode(204);
        // A second change of the same element: a past revision is rebuilt from each element's first later change.
        Response p8Later = fragment("editor2", "ch12-p8");
        putFragment("editor2", "ch12-p8", p8Later.header("ETag"), p8Later.asString().replaceFirst("</p>$", " Later still.</p>"))
                .then().statusCode(204);
        assertTrue(fragment("reader1", "ch12-p7").asString().contains("&lt;with&gt; \"quotes\" &amp; {braces}"));

        String atR0 = given().auth().oauth2(Tokens.of("reader1")).get(EDITION + "/history/" + r0)
                .then().statusCode(200).extract().asString();
        assertSameEdition(before.asString(), atR0, r0);
        String atR1 = given().auth().oauth2(Tokens.of("reader1")).get(EDITION + "/history/" + r1)
                .then().statusCode(200).extract().asString();
        assertSameEdition(middle.asString(), atR1, r1);
        given().auth().oauth2(Tokens.of("reader1")).get(EDITION + "/history/0").then().statusCode(404);
        given().auth().oauth2(Tokens.of("reader1")).get(EDITION + "/history/99999").then().statusCode(404);

        var diff = given().auth().oauth2(Tokens.of("reader1")).get(EDITION + "/diff?from=" + r0 + "&to=" + r1)
                .then().statusCode(200).body("fragments.fragment", equalTo(List.of("ch12-p7"))).extract().jsonPath();
        assertFalse(diff.getString("fragments[0].from").contains("A note of the editors"));
        assertTrue(diff.getString("fragments[0].to").contains("A note of the editors"));

        given().auth().oauth2(Tokens.of("reader1")).when().post(EDITION + "/revert/" + r0).then().statusCode(403);
        given().auth().oauth2(Tokens.of("editor2")).when().post(EDITION + "/revert/" + r0).then().statusCode(204);
        String reverted = draft();
        assertTrue(sameTree(text(before.asString()), text(reverted)), "the revert did not restore the text");
        // The header keeps the record of what was reverted, and the revert is a change of its own.
        assertTrue(xpath(reverted, "//tei:revisionDesc//tei:change[@xml:id = 'rev-" + noted + "'][@status = 'accepted']"));
        long revert = given().auth().oauth2(Tokens.of("reader1")).get(EDITION + "/history?size=1").then()
                .extract().jsonPath().getLong("changes[0].revision");
        assertEquals("revert", change(revert, "change.operation"));
        assertEquals("pending", change(revert, "change.status"));
    }

    @Test
    void semanticEditsAreRefusedClearlyWhenTheyCannotBeMade() {
        Response p = fragment("editor1", "ch12-p9");
        post("editor1", "/fragments/ch12-p9/marks", null, Map.of("kind", "person", "start", 0, "end", 3, "person", "stalin"))
                .then().statusCode(428);
        post("editor1", "/fragments/ch12-p9/marks", p.header("ETag"),
                Map.of("kind", "person", "start", 0, "end", 3, "person", "nobody-known"))
                .then().statusCode(422).body("errors[0]", containsString("persName/@ref=\"#nobody-known\""));
        post("editor1", "/fragments/ch12-p9/marks", p.header("ETag"),
                Map.of("kind", "person", "start", 0, "end", 999999, "person", "stalin"))
                .then().statusCode(422).body("detail", containsString("not within"));
        post("editor1", "/fragments/ch12-p9/marks", p.header("ETag"), Map.of("kind", "shout", "start", 0, "end", 3))
                .then().statusCode(400);
        post("editor1", "/fragments/ch12-p9/marks", p.header("ETag"),
                Map.of("kind", "person", "start", 0, "end", 3, "person", "x' or '1'='1"))
                .then().statusCode(400);
        post("editor1", "/fragments/ch12-p9/marks", "\"0000\"", Map.of("kind", "hand", "start", 0, "end", 3, "hand", "CM"))
                .then().statusCode(412).body("currentVersion", equalTo(p.header("ETag").replace("\"", "")));
        post("reader1", "/fragments/ch12-p9/marks", p.header("ETag"), Map.of("kind", "hand", "start", 0, "end", 3, "hand", "CM"))
                .then().statusCode(403);
        assertEquals(p.asString(), fragment("reader1", "ch12-p9").asString());
    }

    @Test
    void correctionsCanBeConfirmedOrRemovedByEditors() {
        Response choice = fragment("editor1", "ch12-p1-c1");
        post("editor2", "/corrections/ch12-p1-c1/accept", choice.header("ETag"), "{}").then().statusCode(204);
        assertTrue(fragment("reader1", "ch12-p1-c1").asString().contains("resp=\"#importer #editio #user-editor2\""));

        Response other = fragment("editor1", "ch12-p2-c1");
        post("editor2", "/corrections/ch12-p2-c1/reject", other.header("ETag"), "{}").then().statusCode(204);
        String p2 = fragment("reader1", "ch12-p2").asString();
        assertTrue(p2.contains("we must no lose sight"), p2);
        given().auth().oauth2(Tokens.of("reader1")).get(FRAGMENTS + "ch12-p2-c1").then().statusCode(404);
        assertEquals("reject-correction", change(newestChangeOf("ch12-p2"), "change.operation"));
    }

    @Test
    void editorsAddPersonsToTheRegisterAndNamesPointToThem() {
        post("reader1", "/persons", null, Map.of("name", "Nikolai Bukharin")).then().statusCode(403);
        post("editor1", "/persons", null, Map.of("name", "Nikolai Bukharin", "wikidata", "not-an-item")).then().statusCode(400);
        String id = post("editor1", "/persons", null, Map.of("name", "Nikolai Bukharin", "wikidata", "Q128567"))
                .then().statusCode(201).extract().jsonPath().getString("id");
        assertEquals("nikolai-bukharin", id);
        String again = post("editor2", "/persons", null, Map.of("name", "Nikolai Bukharin")).then().statusCode(201)
                .extract().jsonPath().getString("id");
        assertEquals("nikolai-bukharin-2", again, "ids stay unique");
        assertTrue(fragment("reader1", "persons").asString().contains("<idno type=\"wikidata\">Q128567</idno>"));

        Response p = fragment("editor1", "ch12-p2");
        String text = PARSER.parse(p.asString().getBytes(StandardCharsets.UTF_8)).getStringValue();
        int start = text.indexOf("minor official") + "minor ".length();
        post("editor1", "/fragments/ch12-p2/marks", p.header("ETag"),
                Map.of("kind", "person", "start", start, "end", start + "official".length(), "person", id)).then().statusCode(204);
        assertTrue(fragment("reader1", "ch12-p2").asString().contains("<persName ref=\"#nikolai-bukharin\">official</persName>"));
    }
}
