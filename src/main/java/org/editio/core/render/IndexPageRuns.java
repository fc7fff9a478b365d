package org.editio.core.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.area.AreaTreeHandler;
import org.apache.fop.area.IDTracker;
import org.apache.fop.area.PageViewport;
import org.apache.fop.area.Block;
import org.apache.fop.fo.FONode;
import org.apache.fop.fo.FObj;
import org.apache.fop.fo.extensions.ExternalDocument;
import org.apache.fop.fo.pagination.Flow;
import org.apache.fop.fo.pagination.SideRegion;
import org.apache.fop.fo.pagination.StaticContent;
import org.apache.fop.fo.pagination.Title;
import org.apache.fop.layoutmgr.ExternalDocumentLayoutManager;
import org.apache.fop.layoutmgr.FlowLayoutManager;
import org.apache.fop.layoutmgr.LayoutManager;
import org.apache.fop.layoutmgr.LayoutManagerMaker;
import org.apache.fop.layoutmgr.LayoutManagerMapping;
import org.apache.fop.layoutmgr.PageSequenceLayoutManager;
import org.apache.fop.layoutmgr.StaticContentLayoutManager;
import org.apache.fop.layoutmgr.inline.ContentLayoutManager;
import org.apache.xmlgraphics.util.QName;

/**
 * Index page lists in one FOP pass. FOP 2.11 lacks XSL 1.1's index-page-citation-list, so
 * {@code xslt/fo/index.xsl} writes, for every mention of a person, two inlines: {@code ", 12"}
 * marked {@code ix:show="start"} and {@code "–12"} marked {@code ix:show="end"}, and the entry's block
 * lists all its mentions in {@code ix:mentions}. The index is the book's last page sequence, so when
 * FOP lays it out every mention already has its page: this maker then lays out only the inlines that
 * start a run of consecutive pages or end one, and the index reads "12–14, 20", each page once.
 */
final class IndexPageRuns implements LayoutManagerMaker {

    static final String NS = "http://editio.org/ns/fop-index";
    private static final QName MENTIONS = new QName(NS, "mentions");
    private static final QName MENTION = new QName(NS, "mention");
    private static final QName SHOW = new QName(NS, "show");

    /** FOP's own mapping, one per rendering (its text layout reads the rendering's user agent). */
    private final Map<FOUserAgent, LayoutManagerMapping> standard = new WeakHashMap<>();
    /** The inlines to lay out ("id start", "id end") of each index entry, computed once per entry. */
    private final Map<FONode, Set<String>> shownByEntry = new WeakHashMap<>();

    @Override
    public void makeLayoutManagers(FONode node, List lms) {
        if (!isHiddenPageCitation(node)) {
            standard(node.getUserAgent()).makeLayoutManagers(node, lms);
        }
    }

    private boolean isHiddenPageCitation(FONode node) {
        if (!(node instanceof FObj inline) || !(node.getFOEventHandler() instanceof AreaTreeHandler areas)) {
            return false;
        }
        Map<QName, String> attributes = inline.getForeignAttributes();
        String mention = attributes.get(MENTION);
        if (mention == null) {
            return false;
        }
        FONode entry = node.getParent();
        Set<String> shown;
        synchronized (shownByEntry) {
            shown = shownByEntry.computeIfAbsent(entry, e -> shown(mentions(e), areas.getIDTracker()));
        }
        return !shown.contains(mention + " " + attributes.get(SHOW));
    }

    private static List<String> mentions(FONode entry) {
        String list = entry instanceof FObj block ? ((Map<QName, String>) block.getForeignAttributes()).get(MENTIONS) : null;
        return list == null ? List.of() : List.of(list.trim().split("\\s+"));
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

    private LayoutManagerMapping standard(FOUserAgent agent) {
        synchronized (standard) {
            return standard.computeIfAbsent(agent, LayoutManagerMapping::new);
        }
    }

    @Override
    public LayoutManager makeLayoutManager(FONode node) {
        return standard(node.getUserAgent()).makeLayoutManager(node);
    }

    @Override
    public PageSequenceLayoutManager makePageSequenceLayoutManager(AreaTreeHandler ath, org.apache.fop.fo.pagination.PageSequence ps) {
        return standard(ps.getUserAgent()).makePageSequenceLayoutManager(ath, ps);
    }

    @Override
    public ExternalDocumentLayoutManager makeExternalDocumentLayoutManager(AreaTreeHandler ath, ExternalDocument ed) {
        return standard(ed.getUserAgent()).makeExternalDocumentLayoutManager(ath, ed);
    }

    @Override
    public FlowLayoutManager makeFlowLayoutManager(PageSequenceLayoutManager pslm, Flow flow) {
        return standard(flow.getUserAgent()).makeFlowLayoutManager(pslm, flow);
    }

    @Override
    public ContentLayoutManager makeContentLayoutManager(PageSequenceLayoutManager pslm, Title title) {
        return standard(title.getUserAgent()).makeContentLayoutManager(pslm, title);
    }

    @Override
    public StaticContentLayoutManager makeStaticContentLayoutManager(PageSequenceLayoutManager pslm, StaticContent sc, SideRegion reg) {
        return standard(sc.getUserAgent()).makeStaticContentLayoutManager(pslm, sc, reg);
    }

    @Override
    public StaticContentLayoutManager makeStaticContentLayoutManager(PageSequenceLayoutManager pslm, StaticContent sc, Block block) {
        return standard(sc.getUserAgent()).makeStaticContentLayoutManager(pslm, sc, block);
    }
}
