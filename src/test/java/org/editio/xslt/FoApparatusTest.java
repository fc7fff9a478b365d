package org.editio.xslt;

import static org.editio.xslt.FoFixture.xpath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.sf.saxon.s9api.SaxonApiException;
import org.junit.jupiter.api.Test;

/** xslt/fo/apparatus.xsl: numbered footnotes for the editor's notes, lettered ones for corrections. */
class FoApparatusTest {

    @Test
    void notesAndCorrectionsAreFootnotes() throws SaxonApiException {
        assertEquals("6", xpath("count(//fo:footnote)"), "3 notes and 3 corrections");
        String bodies = xpath("string-join(//fo:footnote-body ! normalize-space(), ' / ')");
        assertTrue(bodies.contains("A note"), bodies);
        assertTrue(bodies.contains("would] wou8ld"), bodies);
    }

    @Test
    void notesAreNumberedAndCorrectionsLetteredPerChapter() throws SaxonApiException {
        String marks = xpath("//fo:footnote/fo:inline ! normalize-space()");
        assertEquals("a|1|b|2|a|1", marks);
    }

    @Test
    void aFootnoteIsOneHangingBlockUnlessItsNoteHasParagraphs() throws SaxonApiException {
        assertEquals("0", xpath("count(//fo:footnote-body/fo:list-block)"));
        assertEquals("-1.2em", xpath("(//fo:footnote-body/fo:block/@text-indent)[1]"));
        String tei = XsltFixtures.xpath(XsltFixtures.fixture("mini-edition.xml"), "serialize(/)")
                .replace("<label>Note:</label> Second</note>", "<p>First paragraph.</p><p>Second paragraph.</p></note>");
        var doc = XsltFixtures.PROCESSOR.newDocumentBuilder().build(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(tei)));
        var fo = XsltFixtures.transform(XsltFixtures.stylesheet("fo/edition.xsl"), doc, java.util.Map.of());
        assertEquals("1", XsltFixtures.xpath(fo, "count(//fo:footnote-body/fo:list-block)"));
        assertEquals("First paragraph.", XsltFixtures.xpath(fo, "normalize-space((//fo:list-item-body//fo:block[not(fo:block)])[1])"));
    }
}
