package org.editio.exist;

import static io.restassured.RestAssured.given;
import static org.editio.testing.Fixtures.EDITION;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmAtomicValue;
import org.editio.launcher.ExistServer;
import org.editio.testing.Fixtures;
import org.editio.testing.RealServers;
import org.editio.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How a change record keeps the element before and after it (change-records.xqm), looked at in the real
 * eXist-db: serialized, so that the TEI in the history is neither full-text indexed nor in the records'
 * xml:id index; and a record of the older form, holding the elements themselves, still reads the same.
 */
@QuarkusTest
@WithTestResource(RealServers.class)
class ChangeRecordsIT {

    static final String FRAGMENT = "ch12-p22";
    static final String WORD = "Palimpsestic";

    @BeforeEach
    void restoreTheEdition() {
        Fixtures.restoreTheRealEditionOnceFor(getClass());
    }

    @Test
    void aRecordKeepsTheElementSerializedAndRecordsOfTheOlderFormStillRead() throws SaxonApiException {
        Response p = given().auth().oauth2(Tokens.of("editor1")).get(EDITION + "/fragments/" + FRAGMENT)
                .then().statusCode(200).extract().response();
        given().auth().oauth2(Tokens.of("editor1")).contentType("application/tei+xml").header("If-Match", p.header("ETag"))
                .body(p.asString().replaceFirst("</p>$", " " + WORD + ".</p>"))
                .when().put(EDITION + "/fragments/" + FRAGMENT).then().statusCode(204);
        long rev = given().auth().oauth2(Tokens.of("reader1")).get(EDITION + "/history?size=1").then().statusCode(200)
                .extract().jsonPath().getLong("changes[0].revision");

        assertEquals("true true 0 0 0 1", exist("""
                let $changes := doc($root || '/editions/trotsky-stalin/changes.xml')
                let $record := id('ed-change-' || $rev, $changes)
                return string-join((
                    string($record/ed:before/@serialized), string($record/ed:after/@serialized),
                    string(count($record/ed:after/*)),
                    string(count($changes//tei:p[ft:query(., $word)])),
                    string(count(id($fragment, $changes))),
                    string(count(doc($root || '/editions/trotsky-stalin/draft.xml')//tei:p[ft:query(., $word)]))
                ), ' ')""", rev), "stored as text, outside both indexes; the draft itself is found");

        Response change = given().auth().oauth2(Tokens.of("reader1")).get(EDITION + "/changes/" + rev)
                .then().statusCode(200).body("after", containsString(WORD)).extract().response();
        String before = given().auth().oauth2(Tokens.of("reader1")).get(EDITION + "/history/" + (rev - 1))
                .then().statusCode(200).extract().asString();

        // The same record as earlier sessions stored it: the elements themselves in ed:before and ed:after.
        assertEquals("element", exist("""
                let $record := id('ed-change-' || $rev, doc($root || '/editions/trotsky-stalin/changes.xml'))
                return (
                    for $part in $record/(ed:before | ed:after)
                    return update replace $part with element { node-name($part) } { parse-xml(string($part))/* },
                    if (exists($record/ed:before/tei:p) and empty($record/ed:after/@serialized)) then 'element' else 'text'
                )""", rev));
        Response older = given().auth().oauth2(Tokens.of("reader1")).get(EDITION + "/changes/" + rev)
                .then().statusCode(200).extract().response();
        assertEquals(change.jsonPath().getMap("change"), older.jsonPath().getMap("change"));
        for (String part : new String[] {"before", "after"}) {
            assertTrue(sameXml(change.jsonPath().getString(part), older.jsonPath().getString(part)), part + " reads as before");
        }
        assertTrue(sameXml(before, given().auth().oauth2(Tokens.of("reader1")).get(EDITION + "/history/" + (rev - 1))
                .then().statusCode(200).extract().asString()), "and a revision before it is rebuilt the same");
    }

    /** Equal as XML (names, attributes, content), whatever the prefixes a serializer chose. */
    private static boolean sameXml(String a, String b) throws SaxonApiException {
        Processor saxon = new Processor(false);
        XPathCompiler xpath = saxon.newXPathCompiler();
        xpath.declareVariable(new QName("a"));
        xpath.declareVariable(new QName("b"));
        XPathSelector equal = xpath.compile("deep-equal(parse-xml($a), parse-xml($b))").load();
        equal.setVariable(new QName("a"), new XdmAtomicValue(a));
        equal.setVariable(new QName("b"), new XdmAtomicValue(b));
        return equal.effectiveBooleanValue();
    }

    /** Runs a query as the service's eXist-db account, with $root, $rev, $word and $fragment bound. */
    private static String exist(String query, long rev) {
        ExistServer exist = RealServers.exist();
        String body = ExistQuery.of("""
                declare namespace ed = "http://editio.org/ns/1.0";
                declare namespace tei = "http://www.tei-c.org/ns/1.0";
                declare variable $root external;
                declare variable $rev external;
                declare variable $word external;
                declare variable $fragment external;
                """ + query)
                .bind("root", "/db/editio").bind("rev", rev).bind("word", WORD.toLowerCase()).bind("fragment", FRAGMENT)
                .toRequestBody();
        return given().baseUri(exist.url()).port(-1).auth().preemptive().basic("editio", exist.credentials().editioPassword())
                .contentType("application/xml").body(body)
                .when().post("/rest/db").then().statusCode(200).extract().asString().trim();
    }
}
