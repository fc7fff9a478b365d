package org.editio.edit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import net.sf.saxon.s9api.XdmNode;
import org.editio.core.tei.TeiNames;
import org.editio.core.tei.XmlIds;
import org.editio.exist.EditionStore;
import org.editio.service.EditionNotFoundException;

/**
 * The drafts this instance validates writes against: per edition, the draft its last write left, kept so that
 * the next write need not read the draft from eXist-db; otherwise the stored draft, read.
 */
@ApplicationScoped
class DraftBases {

    @Inject
    EditionStore editions;

    @Inject
    DraftPatcher patcher;

    private final Map<String, Draft> lastWritten = new ConcurrentHashMap<>();

    /** The draft this instance's last write of the edition left, or null. */
    Draft lastWritten(String edition) {
        return lastWritten.get(edition);
    }

    void written(String edition, Draft draft) {
        lastWritten.put(edition, draft);
    }

    /** Someone else (another instance, a review) changed the draft: the next write reads it. */
    void moved(String edition) {
        lastWritten.remove(edition);
    }

    /** True when the draft this instance last wrote has the element inside its {@code text}. */
    boolean lastWrittenHasInText(String edition, String xmlId) {
        Draft kept = lastWritten.get(edition);
        return kept != null && inText(kept.tree(), xmlId);
    }

    /**
     * The draft to validate writes of these elements against: {@code kept} if there is one, else the stored
     * draft without the older entries of its log; the whole stored draft when a write is of an element outside
     * the text (the log's pointers reach the header's declarations, and the log entries are the header's).
     */
    Draft baseFor(String edition, Draft kept, List<String> xmlIds) {
        Draft base = kept != null ? kept : read(edition, true);
        boolean outsideTheText = xmlIds.stream().anyMatch(id -> !inText(base.tree(), id));
        return base.withoutOldLog() && outsideTheText ? read(edition, false) : base;
    }

    private Draft read(String edition, boolean withoutOldLog) {
        EditionStore.StoredTree stored = editions.readTree(edition, EditionStore.Text.DRAFT)
                .orElseThrow(() -> new EditionNotFoundException(edition));
        return new Draft(stored.revision(), withoutOldLog ? patcher.withoutOldLog(stored.tei()) : stored.tei(),
                false, withoutOldLog);
    }

    /** True when the draft has the element inside its {@code text}; false when outside, or not there at all. */
    private static boolean inText(XdmNode draft, String xmlId) {
        return XmlIds.find(draft, xmlId).map(DraftBases::inText).orElse(false);
    }

    private static boolean inText(XdmNode element) {
        for (XdmNode n = element.getParent(); n != null; n = n.getParent()) {
            if (n.getNodeName() != null && TeiNames.TEI_NS.equals(n.getNodeName().getNamespace())
                    && "text".equals(n.getNodeName().getLocalName())) {
                return true;
            }
        }
        return false;
    }
}
