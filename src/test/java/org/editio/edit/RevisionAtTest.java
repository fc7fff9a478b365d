package org.editio.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.RootElement;
import org.editio.core.tei.XmlLimits;
import org.junit.jupiter.api.Test;

/** xslt/edit/revision-at.xsl: a past revision's text, and its log in the chunks change-log.xqm keeps. */
class RevisionAtTest {

    static final Processor SAXON = new Processor(false);
    static final HardenedXmlParser PARSER = new HardenedXmlParser(SAXON, new XmlLimits(1 << 24, 256));
    static final int CHANGES = 60;

    /** An edition whose paragraph p1 was changed 60 times (to "v1" … "v60"), with the log as stored. */
    static XdmNode history() {
        StringBuilder log = new StringBuilder("<ed:changes xmlns:ed='http://editio.org/ns/1.0' rev='" + CHANGES + "'>");
        for (int rev = 1; rev <= CHANGES; rev++) {
            log.append("<ed:change rev='").append(rev).append("' fragment='p1' scope='fragment' user='editor1'")
                    .append(" when='2026-11-25T00:00:00Z' status='pending'><ed:summary>change ").append(rev)
                    .append("</ed:summary><ed:before><p xmlns='http://www.tei-c.org/ns/1.0' xml:id='p1'>v").append(rev - 1)
                    .append("</p></ed:before></ed:change>");
        }
        log.append("<ed:draft><TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><revisionDesc><listChange>")
                .append(stored(CHANGES))
                .append("<change when='2026-11-24'>imported</change></listChange></revisionDesc></teiHeader>")
                .append("<text><body><p xml:id='p1'>v").append(CHANGES).append("</p></body></text></TEI></ed:draft></ed:changes>");
        return RootElement.of(PARSER.parse(log.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The chunks as change-log.xqm leaves them after n changes: fifty to a chunk, newest first. */
    static String stored(int n) {
        StringBuilder chunks = new StringBuilder();
        for (int chunk = (n + 49) / 50; chunk >= 1; chunk--) {
            chunks.append("<listChange xml:id='changes-").append(chunk).append("'>");
            for (int rev = Math.min(n, chunk * 50); rev > (chunk - 1) * 50; rev--) {
                chunks.append("<change xml:id='rev-").append(rev).append("' n='").append(rev)
                        .append("' when='2026-11-25T00:00:00Z' who='#user-editor1' status='pending' target='#p1'>change ")
                        .append(rev).append("</change>");
            }
            chunks.append("</listChange>");
        }
        return chunks.toString();
    }

    @Test
    void aPastRevisionHasItsTextAndTheLogInTheChunksItHadThen() throws SaxonApiException {
        XdmNode at55 = new RevisionRebuilder(SAXON).at(history(), 55, 55);
        assertEquals("v55", xpath(at55, "string(//*:p[@xml:id = 'p1'])"));
        assertEquals("changes-2 changes-1", xpath(at55, "string-join(//*:revisionDesc/*:listChange/*:listChange/@xml:id, ' ')"));
        assertEquals("5 50", xpath(at55, "string-join(//*:listChange[starts-with(@xml:id, 'changes-')]/count(*:change), ' ')"));
        assertEquals("rev-55", xpath(at55, "string((//*:change)[1]/@xml:id)"));
        assertEquals("imported", xpath(at55, "string((//*:change)[last()])"));
    }

    @Test
    void theLogOfTheLatestRevisionIsTheStoredOne() throws SaxonApiException {
        XdmNode history = history();
        XdmNode now = new RevisionRebuilder(SAXON).at(history, CHANGES, CHANGES);
        assertEquals("true", xpath(now, "deep-equal(/*:TEI/*:teiHeader, $h//*:draft/*:TEI/*:teiHeader)", history));
    }

    @Test
    void theFirstChangeStandsAloneInTheFirstChunk() throws SaxonApiException {
        XdmNode at1 = new RevisionRebuilder(SAXON).at(history(), 1, 1);
        assertEquals("1", xpath(at1, "string(count(//*:change[starts-with(@xml:id, 'rev-')]))"));
        assertEquals("changes-1", xpath(at1, "string-join(//*:listChange/@xml:id, ' ')"));
    }

    static String xpath(XdmNode context, String expression) throws SaxonApiException {
        return xpath(context, expression, null);
    }

    static String xpath(XdmNode context, String expression, XdmNode h) throws SaxonApiException {
        var compiler = SAXON.newXPathCompiler();
        compiler.declareVariable(new net.sf.saxon.s9api.QName("h"));
        var selector = compiler.compile(expression).load();
        selector.setContextItem(context);
        selector.setVariable(new net.sf.saxon.s9api.QName("h"), h == null ? context : h);
        return selector.evaluateSingle().getStringValue();
    }
}
