package org.editio.xslt;

import static org.editio.xslt.XsltFixtures.xpath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;

/** xslt/html/apparatus.xsl: corrections in both views, footnotes with back-links, the apparatus per chapter. */
class HtmlApparatusTest {


    @Test
    void readingViewShowsTheCorrectionWithTheTranscriptionOnFocus() throws SaxonApiException {
        XdmNode html = XsltFixtures.htmlPage("reading");
        assertEquals("0", xpath(html, "//h:span[@id='ch1-p1-c1']/@tabindex"));
        assertEquals("would", xpath(html, "//h:span[@id='ch1-p1-c1']/text()"));
        assertEquals("Transcription: wou8ld", xpath(html, "//h:span[@id='ch1-p1-c1-tip'][@role='tooltip']"));
        assertEquals("#app-ch1-p1-c1", xpath(html, "(//h:a[@class='app-ref'])[1]/@href"));
    }

    @Test
    void diplomaticViewShowsTheTranscriptionAndTheCorrection() throws SaxonApiException {
        XdmNode html = XsltFixtures.htmlPage("diplomatic");
        assertEquals("wou8ld", xpath(html, "//h:span[@class='sic'][@id='ch1-p1-c1']"));
        assertEquals("⟨would⟩", xpath(html, "//h:span[@class='sic'][@id='ch1-p1-c1']/following-sibling::h:span[1]"));
        assertEquals("0", xpath(html, "count(//h:section[@class='apparatus'])"));
    }

    @Test
    void notesAreFootnotesNumberedPerChapterWithBackLinks() throws SaxonApiException {
        XdmNode html = XsltFixtures.htmlPage("reading");
        assertEquals("1|2|1", xpath(html, "//h:a[contains(@class, 'note-ref')]"));
        assertEquals("#ref-ch1-n1", xpath(html, "//h:li[@id='ch1-n1']/h:a[@class='back']/@href"));
        assertTrue(xpath(html, "//h:li[@id='ch1-n1']").startsWith(" A note"), "the label 'Note:' is not repeated");
    }

    @Test
    void theApparatusLettersEachChaptersCorrections() throws SaxonApiException {
        XdmNode html = XsltFixtures.htmlPage("reading");
        assertEquals("a|b", xpath(html, "//h:section[@id='ch1']//h:section[@class='apparatus']//h:li/h:a"));
        assertEquals("a", xpath(html, "//h:section[@id='ch2']//h:section[@class='apparatus']//h:li/h:a"));
        assertEquals("the] th4e (digit; editors)",
                xpath(html, "normalize-space(string-join(//h:li[@id='app-ch1-p4-c1']/(node() except h:a), ''))"));
    }
}
