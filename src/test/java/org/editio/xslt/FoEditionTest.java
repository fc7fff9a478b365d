package org.editio.xslt;

import static org.editio.xslt.FoFixture.xpath;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.sf.saxon.s9api.SaxonApiException;
import org.junit.jupiter.api.Test;

/** xslt/fo/edition.xsl: one page sequence per chapter, and the PDF bookmarks. */
class FoEditionTest {

    @Test
    void eachChapterHasItsOwnPageSequence() throws SaxonApiException {
        assertEquals("2", xpath("count(//fo:page-sequence[.//fo:block/@id = ('ch1', 'ch2')])"));
    }

    @Test
    void bookmarksNameChaptersAndParts() throws SaxonApiException {
        assertEquals("Chapter 1: First|Part One|Chapter 2",
                xpath("//fo:bookmark-tree//fo:bookmark[starts-with(@internal-destination, 'ch')]/fo:bookmark-title ! normalize-space()"));
    }
}
