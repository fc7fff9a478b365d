package org.editio.xslt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.Map;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;

/** xslt/common/corpus.xsl: a teiCorpus is presented as one edition with a division per member document. */
class CommonCorpusTest {

    static XdmNode corpus() throws SaxonApiException {
        return XsltFixtures.PROCESSOR.newDocumentBuilder().build(new StreamSource(new File("src/test/resources/foreign/corpus.xml")));
    }

    @Test
    void eachMemberIsADivisionHeadedByItsTitle() throws SaxonApiException {
        XdmNode page = XsltFixtures.transform(XsltFixtures.stylesheet("html/edition.xsl"), corpus(), Map.of());
        assertEquals("2", XsltFixtures.xpath(page, "count(//*:section[*:h3])"));
        assertEquals("First letter|Second letter", XsltFixtures.xpath(page, "string-join(//*:section/*:h3, '|')"));
        String text = XsltFixtures.xpath(page, "string(//*:main)");
        assertTrue(text.contains("The first letter says hello.") && text.contains("The second letter says goodbye."), text);
        assertEquals("Two letters", XsltFixtures.xpath(page, "string(//*:h1)"));
    }

    @Test
    void thePrintEditionHasThemToo() throws SaxonApiException {
        XdmNode fo = XsltFixtures.transform(XsltFixtures.stylesheet("fo/edition.xsl"), corpus(), Map.of());
        String text = XsltFixtures.xpath(fo, "string(/)");
        assertTrue(text.contains("The first letter says hello.") && text.contains("The second letter says goodbye."));
    }
}
