package org.editio.xslt;

import static org.editio.xslt.FoFixture.xpath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.sf.saxon.s9api.SaxonApiException;
import org.junit.jupiter.api.Test;

/** xslt/fo/text.xsl: the two hands set apart, indented quotations, hyphenation, no lost words. */
class FoTextTest {

    @Test
    void theEditorsWordsAreInTheSansFace() throws SaxonApiException {
        assertTrue(xpath("//*[@id = 'ch1-cm1']/@font-family").startsWith("Biolinum"));
        assertTrue(xpath("//fo:block[@id = 'ch1-p4']/@font-family | //fo:block[@id = 'ch1-p4']/ancestor::*/@font-family")
                .contains("Libertine"));
    }

    @Test
    void quotationsAreIndentedAndTextIsHyphenated() throws SaxonApiException {
        String indent = xpath("(//fo:block[contains(., 'Quoted words')]/ancestor-or-self::fo:block/@start-indent)[1]");
        assertTrue(!indent.isEmpty() && !indent.equals("0pt"), "indent: " + indent);
        assertEquals("true", xpath("distinct-values(//fo:block[@id = 'ch1-p4']/ancestor-or-self::*/@hyphenate)"));
        assertEquals("en", xpath("distinct-values(//fo:root/@language | //fo:page-sequence/@language)[1]"));
    }

    @Test
    void unknownElementsKeepTheirWords() throws SaxonApiException {
        assertTrue(xpath("string(/)").contains("kept words"));
    }
}
