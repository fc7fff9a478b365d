package org.editio.core.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FOPException;
import org.apache.fop.area.AreaTreeHandler;
import org.apache.fop.area.IDTracker;
import org.apache.fop.area.PageViewport;
import org.apache.fop.fo.FOTreeBuilder;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Index page lists in one FOP pass. FOP 2.11 lacks XSL 1.1's index-page-citation-list, so
 * {@code xslt/fo/index.xsl} writes, for every mention of a person, two inlines: {@code ", 12"}
 * marked {@code ix:show="start"} and {@code "–12"} marked {@code ix:show="end"}, and the entry's block
 * lists all its mentions in {@code ix:mentions}. The index is the book's last page sequence, and FOP lays
 * out each page sequence when it ends, so when the index reaches FOP every mention already has its page.
 * This filter, between the stylesheet and FOP, then passes on only the inlines that start a run of
 * consecutive pages or end one, and the index reads "12–14, 20", each page once. FOP never builds the
 * others (at the 1× edition they cost it a tenth of the book: docs/PERFORMANCE.md).
 */
final class IndexPageRuns extends XMLFilterImpl {

    static final String NS = "http://editio.org/ns/fop-index";

    private final IDTracker ids;
    /** The inlines to pass on ("id start", "id end") in the current entry; none outside an entry. */
    private Set<String> shown = Set.of();
    /** How deep the events are among the elements passed on, and where the current entry began (-1: none). */
    private int depth;
    private int entryDepth = -1;
    /** How deep inside a left-out inline the events are (0: not in one). */
    private int leftOut;

    private IndexPageRuns(ContentHandler fop, IDTracker ids) {
        setContentHandler(fop);
        this.ids = ids;
    }

    /** FOP's input, with the filter in front when FOP lays out pages (not for other outputs). */
    static ContentHandler input(Fop renderer) throws FOPException {
        ContentHandler handler = renderer.getDefaultHandler();
        if (handler instanceof FOTreeBuilder tree && tree.getEventHandler() instanceof AreaTreeHandler areas) {
            return new IndexPageRuns(handler, areas.getIDTracker());
        }
        return handler;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (leftOut > 0) {
            leftOut++;
            return;
        }
        String mention = atts.getValue(NS, "mention");
        if (mention != null && !shown.contains(mention + " " + atts.getValue(NS, "show"))) {
            leftOut = 1;
            return;
        }
        depth++;
        String mentions = atts.getValue(NS, "mentions");
        if (mentions != null) {
            shown = shown(List.of(mentions.trim().split("\\s+")), ids);
            entryDepth = depth;
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (leftOut > 0) {
            leftOut--;
            return;
        }
        if (depth == entryDepth) {
            shown = Set.of();
            entryDepth = -1;
        }
        depth--;
        super.endElement(uri, localName, qName);
    }

    // Whatever else arrives inside a left-out inline is left out with it; the rest passes on to FOP.

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (leftOut == 0) {
            super.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (leftOut == 0) {
            super.ignorableWhitespace(ch, start, length);
        }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        if (leftOut == 0) {
            super.processingInstruction(target, data);
        }
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        if (leftOut == 0) {
            super.skippedEntity(name);
        }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        if (leftOut == 0) {
            super.startPrefixMapping(prefix, uri);
        }
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        if (leftOut == 0) {
            super.endPrefixMapping(prefix);
        }
    }

    /** The first mention on each page, grouped into runs of consecutive pages. */
    static Set<String> shown(List<String> mentions, IDTracker ids) {
        List<Placed> firstOnPage = new ArrayList<>();
        Set<Integer> pages = new HashSet<>();
        Set<String> shown = new HashSet<>();
        for (String mention : mentions) {
            PageViewport page = ids.getFirstPageViewportContaining(mention);
            if (page == null) {
                shown.add(mention + " start");
            } else if (pages.add(page.getPageIndex())) {
                firstOnPage.add(new Placed(mention, page.getPageIndex(), page.getPageNumber()));
            }
        }
        firstOnPage.sort((a, b) -> Integer.compare(a.index, b.index));
        for (int i = 0; i < firstOnPage.size(); i++) {
            Placed here = firstOnPage.get(i);
            boolean continuesRun = i > 0 && here.follows(firstOnPage.get(i - 1));
            if (!continuesRun) {
                shown.add(here.mention + " start");
            }
            boolean runGoesOn = i + 1 < firstOnPage.size() && firstOnPage.get(i + 1).follows(here);
            if (continuesRun && !runGoesOn) {
                shown.add(here.mention + " end");
            }
        }
        return shown;
    }

    private record Placed(String mention, int index, int number) {
        boolean follows(Placed previous) {
            return index == previous.index + 1 && number == previous.number + 1;
        }
    }
}
