package org.editio.xslt;

import static org.editio.xslt.FoFixture.xpath;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.sf.saxon.s9api.SaxonApiException;
import org.junit.jupiter.api.Test;

/** xslt/fo/index.xsl: the index of persons, with page citations of every mention. */
class FoIndexTest {

    @Test
    void namedPersonsAreIndexedWithPageCitations() throws SaxonApiException {
        String index = xpath("normalize-space(string-join(//fo:block[@id = 'e-index']/following::fo:block ! string(), ' '))");
        assertTrue(index.contains("Stalin, Joseph"), index);
        assertTrue(index.contains("Lenin"), index);
        assertFalse(index.contains("Never Named"), "only persons the text names");
        assertTrue(xpath("count(//fo:page-number-citation[starts-with(@ref-id, 'pn-')])").matches("[1-9]\\d*"));
    }

    /** What IndexPageRuns needs: the entry lists its mentions; each mention offers ", N" and, after the first, "–N". */
    @Test
    void everyMentionOffersARunStartAndARunEnd() throws SaxonApiException {
        String entries = "//fo:block[@ix:mentions]";
        assertTrue(xpath("count(" + entries + ")").matches("[1-9]\\d*"));
        assertTrue(xpath("every $b in " + entries + " satisfies "
                + "deep-equal(tokenize($b/@ix:mentions), distinct-values($b/fo:inline[@ix:show = 'start']/@ix:mention))").equals("true"));
        assertTrue(xpath("every $b in " + entries + " satisfies "
                + "deep-equal(tail(tokenize($b/@ix:mentions)), $b/fo:inline[@ix:show = 'end']/string(@ix:mention))").equals("true"));
        assertTrue(xpath("every $i in //fo:inline[@ix:show = 'start'] satisfies starts-with(string($i), ', ')").equals("true"));
        assertTrue(xpath("every $i in //fo:inline[@ix:show = 'end'] satisfies starts-with(string($i), '–')").equals("true"));
    }
}
