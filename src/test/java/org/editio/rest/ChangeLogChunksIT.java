package org.editio.rest;

import static io.restassured.RestAssured.given;
import static org.editio.testing.Fixtures.EDITION;
import static org.editio.testing.Fixtures.TEI;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.editio.testing.Fixtures;
import org.editio.testing.RealServers;
import org.editio.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The platform's log in the TEI header is kept in chunks of fifty (change-log.xqm), as eXist-db stores
 * it write by write, and a past revision's log is rebuilt in the same chunks (revision-at.xsl).
 */
@QuarkusTest
@WithTestResource(RealServers.class)
class ChangeLogChunksIT {

    @BeforeEach
    void restoreTheEdition() {
        Fixtures.restoreTheRealEditionOnceFor(getClass());
    }

    @Test
    void moreThanFiftyWritesFillChunksOfFiftyNewestFirstAndHistoryRebuildsThem() throws Exception {
        for (int k = 0; k < 55; k++) {
            Response p = FragmentResourceIT.get("ch11-p20");
            FragmentResourceIT.put("editor1", "ch11-p20", p.header("ETag"), FragmentResourceIT.withSentence(p.asString(), "Chunk " + k + "."))
                    .then().statusCode(204);
        }
        String draft = ReviewHistoryIT.draft();
        // Chunk ids count down from the newest, every chunk but the newest is full, and the entries run newest first.
        assertTrue(ReviewHistoryIT.xpath(draft, """
                let $chunks := //tei:revisionDesc/tei:listChange/tei:listChange[starts-with(@xml:id, 'changes-')],
                    $revs := $chunks/tei:change/xs:integer(@n)
                return count($chunks) ge 2
                   and (every $i in 1 to count($chunks)
                        satisfies $chunks[$i]/@xml:id = 'changes-' || (count($chunks) - $i + 1))
                   and (every $c in $chunks[position() gt 1] satisfies count($c/tei:change) eq 50)
                   and count($chunks[1]/tei:change) = (1 to 50)
                   and (every $i in 2 to count($revs) satisfies $revs[$i] lt $revs[$i - 1])"""), draft);
        long latest = Long.parseLong(given().auth().oauth2(Tokens.of("editor1")).get(TEI).header("ETag").replace("\"", ""));
        String rebuilt = given().auth().oauth2(Tokens.of("editor1")).get(EDITION + "/history/" + latest)
                .then().statusCode(200).extract().asString();
        assertTrue(ReviewHistoryIT.xpath(rebuilt, "count(//tei:listChange[starts-with(@xml:id, 'changes-')]) ge 2"));
        assertTrue(sameLog(rebuilt, draft), "the rebuilt latest revision has the stored log");
    }

    static boolean sameLog(String a, String b) throws Exception {
        var saxon = new net.sf.saxon.s9api.Processor(false);
        var builder = saxon.newDocumentBuilder();
        var compiler = saxon.newXPathCompiler();
        compiler.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        compiler.declareVariable(new net.sf.saxon.s9api.QName("a"));
        compiler.declareVariable(new net.sf.saxon.s9api.QName("b"));
        var same = compiler.compile("deep-equal($a//tei:revisionDesc, $b//tei:revisionDesc)").load();
        same.setVariable(new net.sf.saxon.s9api.QName("a"), builder.build(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(a))));
        same.setVariable(new net.sf.saxon.s9api.QName("b"), builder.build(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(b))));
        return same.effectiveBooleanValue();
    }
}
