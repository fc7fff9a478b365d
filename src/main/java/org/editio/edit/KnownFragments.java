package org.editio.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Predicates;
import net.sf.saxon.s9api.streams.Steps;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.TeiNames;
import org.editio.core.tei.XmlIds;
import org.editio.exist.FragmentWrite;
import org.editio.exist.StoredFragment;

/**
 * What one service instance knows of the elements of each edition's draft: per element, the latest version it
 * stored or read, at a revision of the draft, with the element's text where it knows it; and per edition, the
 * span of revisions that only its own fragment writes made. Writes use it to refuse a stale write before
 * validating it, and reads to answer from memory what is still current (see {@link #currentAt}).
 */
@ApplicationScoped
class KnownFragments {

    private static final QName XML_ID = TeiNames.XML_ID;
    private static final QName CHANGE = new QName("change");
    private static final int REMEMBERED_CHARS = 64 * 1024;
    private static final Set<String> WRITTEN_BY_THE_LOG = Set.of("titleStmt", "revisionDesc", "listChange", "change");

    @Inject
    HardenedXmlParser parser;

    private final Map<String, Map<String, Known>> known = new ConcurrentHashMap<>();
    private final Map<String, OwnSpan> ownSpans = new ConcurrentHashMap<>();

    /** An element read from eXist-db: known from its revision on, and the start of a span if none reaches it. */
    void read(String edition, StoredFragment read) {
        know(edition, read.xmlId(), new Known(read.revision(), read.version(), read.xml(),
                read.container() == null ? "" : read.container()));
        ownSpans.compute(edition, (e, span) -> span != null && span.to() >= read.revision() ? span
                : new OwnSpan(read.revision(), read.revision()));
    }

    /**
     * A write this instance stored: the element's new version, with its text where eXist-db stores it as sent,
     * and the elements around and inside it forgotten (see {@link #forgetAroundAndInside}).
     *
     * @param validatedOn the draft the write was validated against, as it had the element before
     */
    void stored(String edition, Draft validatedOn, String xmlId, XdmNode element, FragmentWrite stored) {
        XdmNode placed = XmlIds.find(validatedOn.tree(), xmlId).orElse(null);
        List<XdmNode> versions = new ArrayList<>(List.of(element));
        if (placed != null) {
            versions.add(placed);
        }
        // Kept apart from the tree, the element as the draft has it now is not the tree's.
        validatedOn.element(xmlId).filter(current -> !current.equals(placed)).ifPresent(versions::add);
        forgetAroundAndInside(edition, placed, versions, stored.revision());
        know(edition, xmlId, new Known(stored.revision(), stored.version(),
                storedAsSent(element) ? parser.serialize(element) : null, null));
    }

    /**
     * False when the storing query stores more than the element sent: it numbers the corrections a write
     * makes, and it writes the header's log and declarations (into these elements), in the same query.
     */
    private static boolean storedAsSent(XdmNode element) {
        return element.select(Steps.descendantOrSelf().where(Predicates.isElement())).noneMatch(e ->
                TeiNames.TEI_NS.equals(e.getNodeName().getNamespace())
                        && WRITTEN_BY_THE_LOG.contains(e.getNodeName().getLocalName())
                        || FragmentService.NEW_CHANGE.equals(e.getAttributeValue(CHANGE)));
    }

    /**
     * This instance's writes made the draft's revisions after {@code from} up to {@code to}, on the revision
     * {@code from}; called after what they stored is known, so that a reader who finds the span at its new end
     * finds the writes known.
     */
    void ownWrites(String edition, long from, long to) {
        ownSpans.compute(edition, (e, span) -> span != null && span.to() == from
                ? new OwnSpan(span.from(), to) : new OwnSpan(from, to));
    }

    /**
     * Forgets the elements a write changes besides its own: those around it ({@code placed}'s ancestors), and those
     * inside any version of it, before and after. What is known of them is out of date, and the write does not say
     * their versions. Each is remembered as unknown at the write's revision, so that a read that began before the
     * write and ends after it cannot bring back what it read.
     *
     * @param placed the element in the draft, or null when the draft did not have it
     */
    private void forgetAroundAndInside(String edition, XdmNode placed, List<XdmNode> versions, long revision) {
        for (XdmNode n = placed == null ? null : placed.getParent(); n != null; n = n.getParent()) {
            forget(edition, n.getAttributeValue(XML_ID), revision);
        }
        for (XdmNode tree : versions) {
            tree.select(Steps.descendant().where(Predicates.isElement()))
                    .forEach(inside -> forget(edition, inside.getAttributeValue(XML_ID), revision));
        }
    }

    private void forget(String edition, String xmlId, long revision) {
        if (xmlId != null) {
            know(edition, xmlId, new Known(revision, null, null, null));
        }
    }

    /** Remembers the element a stale write was refused with, and returns the writer's 412. */
    FragmentConflictException stale(String edition, String xmlId, FragmentWrite stale) {
        know(edition, xmlId, new Known(stale.revision(), stale.version(), stale.currentXml(), null));
        return new FragmentConflictException(xmlId, stale.version(), stale.currentXml());
    }

    /** The 412 of a write overtaken by a version of the element this instance keeps, if it keeps one. */
    Optional<FragmentConflictException> later(String edition, String xmlId, String expected) {
        Known latest = known(edition, xmlId);
        return latest != null && latest.xml() != null && !latest.version().equals(expected)
                ? Optional.of(latest.conflict(xmlId)) : Optional.empty();
    }

    /** True when this instance knows a later version of the element than the one the write is based on. */
    boolean overtaken(String edition, String xmlId, String expected) {
        String version = version(edition, xmlId);
        return version != null && !version.equals(expected);
    }

    /** The element's latest version this instance knows, or null. */
    String version(String edition, String xmlId) {
        Known latest = known(edition, xmlId);
        return latest == null ? null : latest.version();
    }

    /** Worth asking the draft's revision for: known with its text since the start of this instance's span. */
    boolean worthChecking(String edition, String xmlId) {
        return knownInSpan(known(edition, xmlId), ownSpans.get(edition));
    }

    /**
     * The element as this instance knows it, if the draft, at revision {@code now}, still has it so: the draft
     * is at the end of the span of revisions that only this instance's fragment writes made, and the element
     * was known at the span's start or later (a write of it, or of an element around or inside it, updates or
     * forgets what is known of it).
     */
    Optional<StoredFragment> currentAt(String edition, String xmlId, long now) {
        OwnSpan span = ownSpans.get(edition);
        Known latest = known(edition, xmlId);
        if (!knownInSpan(latest, span) || span.to() != now || latest.revision() > now) {
            return Optional.empty();
        }
        return Optional.of(new StoredFragment(xmlId, latest.version(), now, latest.xml(),
                latest.container().isEmpty() ? null : latest.container()));
    }

    private static boolean knownInSpan(Known latest, OwnSpan span) {
        return latest != null && latest.xml() != null && latest.container() != null && span != null
                && latest.revision() >= span.from();
    }

    private Known known(String edition, String xmlId) {
        return known.getOrDefault(edition, Map.of()).get(xmlId);
    }

    /**
     * Keeps the later of what it knew and {@code latest} (a read that started before a write may end after
     * it). Large elements are remembered without their text, which a 412 then reads from eXist-db.
     */
    private void know(String edition, String xmlId, Known latest) {
        Known kept = latest.xml() != null && latest.xml().length() > REMEMBERED_CHARS
                ? new Known(latest.revision(), latest.version(), null, latest.container()) : latest;
        known.computeIfAbsent(edition, e -> new ConcurrentHashMap<>()).merge(xmlId, kept,
                (before, now) -> now.revision() >= before.revision() ? now.around(before) : before);
    }

    /**
     * An element's version as this instance last stored or read it, at a revision of the draft, with the
     * element (null when it is not known as stored) and the xml:id of the nearest element around it that has
     * one ("" at the top, null when not known: writes do not say it, and do not change it). A version of null
     * is an element known to have changed at that revision, to what this instance does not know.
     */
    private record Known(long revision, String version, String xml, String container) {

        FragmentConflictException conflict(String xmlId) {
            return new FragmentConflictException(xmlId, version, xml);
        }

        /** This, with the container known before when this does not say it. */
        Known around(Known before) {
            return container != null || before.container() == null ? this
                    : new Known(revision, version, xml, before.container());
        }
    }

    /**
     * Revisions of an edition's draft from {@code from} to {@code to}, all of whose changes after {@code from}
     * were fragment writes stored by this instance, whose elements it knows or has forgotten.
     */
    private record OwnSpan(long from, long to) {
    }
}
