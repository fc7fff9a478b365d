package org.editio.xslt;

import static org.editio.xslt.FoFixture.xpath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.sf.saxon.s9api.SaxonApiException;
import org.junit.jupiter.api.Test;

/** xslt/fo/layout.xsl: page masters, running heads with the chapter title, page numbers. */
class FoLayoutTest {

    @Test
    void pagesAreRoyalOctavoWithMirroredMargins() throws SaxonApiException {
        assertEquals("156mm", xpath("distinct-values(//fo:simple-page-master/@page-width)"));
        assertTrue(xpath("//fo:repeatable-page-master-alternatives//@odd-or-even").contains("odd"));
    }

    @Test
    void runningHeadsRetrieveTheChapterAndPagesAreNumbered() throws SaxonApiException {
        assertTrue(xpath("count(//fo:static-content//fo:retrieve-marker[@retrieve-class-name = 'chapter'])").matches("[1-9]\\d*"));
        assertTrue(xpath("count(//fo:static-content//fo:page-number)").matches("[1-9]\\d*"));
        assertEquals("First", xpath("normalize-space((//fo:marker[@marker-class-name = 'chapter'])[1])"));
    }

    @Test
    void wordSpacesStretchMoreThanFopsDefaultInTextAndFootnotes() throws SaxonApiException {
        // FOP's default (half a space) sends one justified paragraph in seven to its costly forced breaking.
        assertEquals("0.2em", xpath("/fo:root/@word-spacing.maximum"));
        assertEquals("true", xpath("every $f in //fo:footnote-body/* satisfies $f/@word-spacing.maximum = '0.2em'"));
    }
}
