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
}
