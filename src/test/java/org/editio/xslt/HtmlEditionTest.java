package org.editio.xslt;

import static org.editio.xslt.XsltFixtures.xpath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;

/** xslt/html/edition.xsl: the page, its landmarks, the contents, the legend and toggle, the index of persons. */
class HtmlEditionTest {


    @Test
    void pageHasLanguageLandmarksAndHeadings() throws SaxonApiException {
        XdmNode html = XsltFixtures.htmlPage("reading");
        assertEquals("en", xpath(html, "/h:html/@lang"));
        assertEquals("Mini Edition", xpath(html, "//h:h1"));
        assertEquals("main", xpath(html, "//h:main/@id"));
        assertEquals("1", xpath(html, "count(//h:header) * count(//h:footer) * count(//h:nav[@aria-labelledby='toc-title'])"));
        assertEquals("assets/edition.css|assets/edition.js", xpath(html, "//h:link/@href, //h:script/@src"));
    }

    @Test
    void contentsListChaptersAndParts() throws SaxonApiException {
        assertEquals("#ch1|#ch1-pt1|#ch2|#index", xpath(XsltFixtures.htmlPage("reading"), "//h:nav[@class='toc']//h:a/@href"));
        assertEquals("Chapter 1: First.", xpath(XsltFixtures.htmlPage("reading"), "(//h:nav[@class='toc']//h:a)[1]"));
    }

    @Test
    void theToggleIsAButtonWithItsStateAndALegend() throws SaxonApiException {
        XdmNode html = XsltFixtures.htmlPage("reading");
        assertEquals("false", xpath(html, "//h:button[@id='toggle-editor']/@aria-pressed"));
        assertEquals("main", xpath(html, "//h:button[@id='toggle-editor']/@aria-controls"));
        assertTrue(xpath(html, "//h:p[@class='legend']").contains("Charles Malamuth"));
        assertEquals("page", xpath(html, "//h:nav[@class='views']/h:a[1]/@aria-current"));
        assertEquals("page", xpath(XsltFixtures.htmlPage("diplomatic"), "//h:nav[@class='views']/h:a[2]/@aria-current"));
    }

    @Test
    void indexListsNamedPersonsWithLinksToEachOccurrence() throws SaxonApiException {
        XdmNode html = XsltFixtures.htmlPage("reading");
        assertEquals("Vladimir Ilyich Lenin|Joseph Stalin", xpath(html, "//h:section[@id='index']//h:span[@class='index-name']"));
        String target = xpath(html, "//h:section[@id='index']//h:li[1]/h:a[not(@class)]/@href");
        assertEquals("1", xpath(html, "count(//*[@id = '" + target.substring(1) + "'][@data-person='lenin'])"));
        assertEquals("https://www.wikidata.org/wiki/Q1394", xpath(html, "//h:a[@class='wikidata']/@href"));
    }

    @Test
    void anUnknownViewIsANamedError() {
        SaxonApiException e = assertThrows(SaxonApiException.class, () -> XsltFixtures.htmlPage("sideways"));
        assertEquals("bad-view", e.getErrorCode().getLocalName());
    }
}
