package org.editio.xslt;

import static org.editio.xslt.XsltFixtures.xpath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;

/** xslt/html/text.xsl: divisions, the two hands with omission markers, quotations, names, unknown elements. */
class HtmlTextTest {


    @Test
    void theEditorsWordsAreMarkedAndLeaveAMarkerWhenHidden() throws SaxonApiException {
        XdmNode html = XsltFixtures.htmlPage("reading");
        assertEquals("The editor speaks", xpath(html, "//h:span[@id='ch1-cm1'][@data-hand='CM']"));
        assertEquals("omission", xpath(html, "//h:span[@id='ch1-cm1']/following-sibling::h:span[1]/@class"));
        assertEquals("hand-CM", xpath(html, "//h:p[@id='ch1-p2']/@class"));
        assertEquals("omission|content", xpath(html, "//h:p[@id='ch1-p2']/h:span/@class"));
        assertEquals("hand-LT", xpath(html, "//h:p[@id='ch1-p4']/@class"));
    }

    @Test
    void textIsEscapedNotInterpreted() throws SaxonApiException {
        String html = XsltFixtures.serialize(XsltFixtures.stylesheet("html/edition.xsl"), XsltFixtures.fixture("mini-edition.xml"),
                java.util.Map.of("view", "reading"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped");
        assertFalse(html.contains("<script>alert"), "never live markup");
    }

    @Test
    void blockQuotationsAreBlockquotesWithTheirAttribution() throws SaxonApiException {
        XdmNode html = XsltFixtures.htmlPage("reading");
        assertEquals("Quoted words of Lenin.", xpath(html, "normalize-space(//h:figure/h:blockquote/h:p/h:span[@class='content'])"));
        assertEquals("— Vladimir Ilyich Lenin", xpath(html, "normalize-space(//h:figure/h:figcaption)"));
    }

    @Test
    void partsAreSectionsAndTheTranscribersHeadingIsMarked() throws SaxonApiException {
        XdmNode html = XsltFixtures.htmlPage("reading");
        assertEquals("Part One", xpath(html, "//h:section[@id='ch1-pt1']/h:h3"));
        assertEquals("hand-TR", xpath(html, "//h:section[@id='ch1-pt1']/h:h3/@class"));
        assertEquals("Chapter 1 First.", xpath(html, "normalize-space(//h:section[@id='ch1']/h:h2)"));
    }

    @Test
    void unknownElementsKeepTheirWords() throws SaxonApiException {
        assertEquals("kept words", xpath(XsltFixtures.htmlPage("reading"), "//h:span[@class='tei-unknownToUs']"));
    }
}
