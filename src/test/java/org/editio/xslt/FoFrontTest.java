package org.editio.xslt;

import static org.editio.xslt.FoFixture.xpath;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.sf.saxon.s9api.SaxonApiException;
import org.junit.jupiter.api.Test;

/** xslt/fo/front.xsl: title page, contents with page numbers, the explanation of the typography. */
class FoFrontTest {

    @Test
    void titlePageAndContentsWithPageNumbers() throws SaxonApiException {
        assertTrue(xpath("string-join(//fo:block ! string(), ' ')").contains("Mini Edition"));
        assertTrue(xpath("//fo:page-number-citation/@ref-id").contains("ch1"));
    }

    @Test
    void theFrontMatterExplainsHowTheEditorsWordsAreSet() throws SaxonApiException {
        String howTo = xpath("normalize-space(string-join(//fo:block[@id = 'e-how-to-read']/following-sibling::*[position() le 6] ! string(), ' '))");
        assertTrue(howTo.contains("Malamuth"), howTo);
        assertTrue(howTo.toLowerCase().contains("sans"), howTo);
    }
}
