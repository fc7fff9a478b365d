package org.editio.exist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.editio.config.ExistConfig;
import org.editio.core.tei.HardenedXmlParser;

/**
 * Single elements of a working draft, addressed by xml:id, and the change records that every write
 * leaves in {@code {edition}/changes.xml}. A fragment's version is a hash of its serialization in eXist-db.
 */
@ApplicationScoped
public class FragmentStore {

    private static final QName STATUS = new QName("status");
    private static final QName REV = new QName("rev");
    private static final QName VERSION = new QName("version");
    private static final String ED_NS = "http://editio.org/ns/1.0";

    @Inject
    EditionStore editions;

    @Inject
    ExistClient exist;

    @Inject
    ExistConfig config;

    @Inject
    HardenedXmlParser parser;

    /**
     * Empty when the edition, the text (an unpublished edition has no published text) or the element
     * does not exist; {@link FragmentWrite.Status} says which on writes.
     */
    public Optional<StoredFragment> read(String edition, String xmlId, EditionStore.Text text) {
        XdmNode read = editions.result(XQueries.READ_FRAGMENT.query()
                .bind("root", config.root())
                .bind("edition", edition)
                .bind("fragment", xmlId)
                .bind("which", text.document));
        if (read.getAttributeValue(STATUS) != null) {
            return Optional.empty();
        }
        String container = read.getAttributeValue(new QName("container"));
        return Optional.of(new StoredFragment(xmlId, read.getAttributeValue(VERSION),
                Long.parseLong(read.getAttributeValue(REV)), read.getStringValue(),
                container == null || container.isEmpty() ? null : container));
    }

    /**
     * Replaces the element if it is still {@code expectedVersion} and the draft still {@code basedOnRevision};
     * with a {@link Review}, the write also records a reviewer's decision (see replace-fragment.xq).
     */
    public FragmentWrite replace(String edition, String xmlId, String expectedVersion, long basedOnRevision,
                                 XdmNode element, Change change, Review review) {
        XdmNode outcome = editions.result(XQueries.REPLACE_FRAGMENT.query()
                .bind("root", config.root())
                .bind("edition", edition)
                .bind("fragment", xmlId)
                .bind("expected", expectedVersion)
                .bind("based-on", basedOnRevision)
                .bindElement("new", parser.serialize(element))
                .bind("operation", change.operation())
                .bind("summary", change.summary())
                .bind("user", change.user())
                .bind("user-name", change.userName())
                .bind("when", change.when().toString())
                .bind("self-reviewed", review.selfReviewed())
                .bind("review-rev", review.revision())
                .bind("review-status", review.status())
                .bind("comment", review.comment())
                .bind("resolved", review.resolved()));
        return write(outcome);
    }

    /** One write's outcome as replace-fragment.xq and replace-fragments.xq give it. */
    private FragmentWrite write(XdmNode outcome) {
        FragmentWrite.Status status = FragmentWrite.Status.valueOf(
                outcome.getAttributeValue(STATUS).toUpperCase().replace('-', '_'));
        String rev = outcome.getAttributeValue(REV);
        String later = outcome.getAttributeValue(new QName("later"));
        return new FragmentWrite(status, rev == null ? -1 : Long.parseLong(rev),
                outcome.getAttributeValue(VERSION), status == FragmentWrite.Status.STALE ? firstElement(outcome) : null,
                later == null ? List.of() : java.util.Arrays.stream(later.trim().split("\\s+")).map(Long::valueOf).toList());
    }

    /**
     * Stores several writes, each of another element, as consecutive changes after {@code basedOnRevision},
     * or none of them (see replace-fragments.xq): {@link Batch.Status#REFUSED} lists the writes whose element
     * is no longer their expected version (STALE, with the element now) or is gone (NO_FRAGMENT).
     */
    public Batch replaceAll(String edition, long basedOnRevision, List<Write> writes) {
        StringBuilder xml = new StringBuilder("<ed:writes xmlns:ed=\"").append(ED_NS).append("\">");
        for (Write write : writes) {
            // Only the id (an NCName, checked by FragmentIds) goes in an attribute; text goes in elements,
            // whose line ends an attribute would normalize.
            xml.append("<ed:write fragment=\"").append(ExistQuery.escape(write.xmlId())).append("\">");
            element(xml, "expected", write.expectedVersion());
            element(xml, "operation", write.change().operation());
            element(xml, "summary", write.change().summary());
            element(xml, "user", write.change().user());
            element(xml, "user-name", write.change().userName());
            element(xml, "when", write.change().when().toString());
            xml.append("<ed:new>").append(parser.serialize(write.element())).append("</ed:new></ed:write>");
        }
        xml.append("</ed:writes>");
        XdmNode outcomes = editions.result(XQueries.REPLACE_FRAGMENTS.query()
                .bind("root", config.root())
                .bind("edition", edition)
                .bind("based-on", basedOnRevision)
                .bindElement("writes", xml.toString()));
        Batch.Status status = Batch.Status.valueOf(outcomes.getAttributeValue(STATUS).toUpperCase());
        Map<String, FragmentWrite> byFragment = new HashMap<>();
        for (XdmNode outcome : outcomes.children()) {
            if (outcome.getNodeKind() == XdmNodeKind.ELEMENT) {
                byFragment.put(outcome.getAttributeValue(new QName("fragment")), write(outcome));
            }
        }
        return new Batch(status, byFragment);
    }

    private static void element(StringBuilder xml, String name, String text) {
        xml.append("<ed:").append(name).append('>').append(ExistQuery.escape(text)).append("</ed:").append(name).append('>');
    }

    /** One write of {@link #replaceAll}. */
    public record Write(String xmlId, String expectedVersion, XdmNode element, Change change) {
    }

    /**
     * What {@link #replaceAll} did: STORED (every write, by xml:id), REFUSED (nothing stored; the writes
     * refused, by xml:id), MOVED (nothing stored: the draft is past the revision the writes were based on)
     * or MISSING (no such edition).
     */
    public record Batch(Status status, Map<String, FragmentWrite> writes) {

        public enum Status { STORED, REFUSED, MOVED, MISSING }
    }

    /** A page of changes, newest first; empty when the edition does not exist. */
    public Optional<ChangePage> changes(String edition, int start, int size, String status) {
        XdmNode page = editions.result(XQueries.LIST_CHANGES.query()
                .bind("root", config.root())
                .bind("edition", edition)
                .bind("start", start)
                .bind("size", size)
                .bind("status", status == null ? "" : status));
        if (page.getAttributeValue(STATUS) != null) {
            return Optional.empty();
        }
        List<ChangeSummary> changes = new ArrayList<>();
        for (XdmNode c : page.children()) {
            if (c.getNodeKind() == XdmNodeKind.ELEMENT) {
                changes.add(ChangeSummary.of(c));
            }
        }
        return Optional.of(new ChangePage(Long.parseLong(page.getAttributeValue(new QName("total"))), changes));
    }

    private String firstElement(XdmNode parent) {
        return parser.serialize(org.editio.core.tei.RootElement.firstChildOf(parent));
    }

    /** Who changed what, and how; recorded with the change. */
    public record Change(String operation, String summary, String user, String userName, Instant when) {
    }

    /**
     * A reviewer's decision that a write carries: {@code revision} names the change it decides on (0 for
     * none), {@code resolved} that the reviewer has seen later changes to the fragment, and
     * {@code selfReviewed} that the write itself needs no review (a reviewer's own reversal).
     */
    public record Review(long revision, String status, String comment, boolean resolved, boolean selfReviewed) {

        public static final Review NONE = new Review(0, "", "", false, false);
    }
}
