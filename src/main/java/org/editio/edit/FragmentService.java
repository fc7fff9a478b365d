package org.editio.edit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.RootElement;
import org.editio.core.tei.TeiNames;
import org.editio.exist.ChangePage;
import org.editio.exist.EditionStore;
import org.editio.exist.FragmentStore;
import org.editio.exist.FragmentWrite;
import org.editio.exist.StoredFragment;
import org.editio.service.EditionIds;
import org.editio.service.EditionNotFoundException;
import org.editio.service.PreconditionRequiredException;

/**
 * Fine-grained edits: one element of the draft, by xml:id. An edit is parsed by the hardened parser,
 * applied to the current draft in memory and validated as a whole edition ({@link WriteValidation}); then
 * one locked query in eXist-db checks the element's version and the draft's revision, stores it and records
 * the change. If another element changed meanwhile, the edit is validated again on the new draft. Edits that
 * arrive while another is being stored are stored together, by one query (see {@link GroupCommit}).
 */
@ApplicationScoped
public class FragmentService {

    private static final QName XML_ID = TeiNames.XML_ID;
    /** How a write marks a correction it makes; replace-fragment.xq gives it the change's number. */
    static final String NEW_CHANGE = "#rev-new";

    @Inject
    FragmentStore fragments;

    @Inject
    EditionStore editions;

    @Inject
    HardenedXmlParser parser;

    @Inject
    WriteValidation validation;

    @Inject
    DraftBases drafts;

    @Inject
    GroupCommit groups;

    @Inject
    KnownFragments known;

    Clock clock = Clock.systemUTC();

    /**
     * The element in the draft, or in the published text (for callers who may not see the draft). An element
     * of the draft's text that this instance knows as current is answered from memory (see {@link #fresh}).
     */
    public StoredFragment read(String edition, String xmlId, EditionStore.Text text) {
        EditionIds.require(edition);
        FragmentIds.require(edition, xmlId);
        if (text == EditionStore.Text.DRAFT) {
            return fresh(edition, xmlId).or(() -> latest(edition, xmlId)).orElseThrow(() -> missing(edition, xmlId));
        }
        return fragments.read(edition, xmlId, text).orElseThrow(() -> missing(edition, xmlId));
    }

    /**
     * The element as this instance knows it, if that is how the draft has it now (see
     * {@link KnownFragments#currentAt}). "Now" is the revision answered by a barrier that started after
     * this call, which writes under load run anyway. Elements of the header are always read from eXist-db:
     * every write adds to its log.
     */
    private Optional<StoredFragment> fresh(String edition, String xmlId) {
        if (!known.worthChecking(edition, xmlId) || !drafts.lastWrittenHasInText(edition, xmlId)) {
            return Optional.empty();
        }
        return known.currentAt(edition, xmlId, editions.draftRevision(edition));
    }

    /** @return the stored fragment's new version and the draft's new revision */
    public FragmentWrite replace(String edition, String xmlId, String ifMatch, byte[] body, Editor editor) {
        EditionIds.require(edition);
        FragmentIds.require(edition, xmlId);
        requireIfMatch(ifMatch);
        XdmNode element = RootElement.of(parser.parse(body));
        String expected = FragmentVersions.named(ifMatch);
        // The version this instance knows as the latest needs no read: if someone has changed the element
        // since, the storing query refuses the write (412) all the same, only after validating it. Any other
        // version is checked with eXist-db: whole-text writes (a revert, an import) may have restored it.
        if (!expected.equals(known.version(edition, xmlId))) {
            current(edition, xmlId, ifMatch);
        }
        return store(edition, xmlId, expected, element, change(editor, "replace-fragment",
                "Replaced " + element.getNodeName().getLocalName() + " " + xmlId), FragmentStore.Review.NONE);
    }

    /**
     * The stored element, if the client's If-Match is still its version; otherwise 412 with the current one
     * (also for an If-Match that is no version of ours). Checked before the costly validation of a write,
     * from memory when this instance knows the element as current (see {@link #fresh}).
     */
    StoredFragment current(String edition, String xmlId, String ifMatch) {
        EditionIds.require(edition);
        FragmentIds.require(edition, xmlId);
        requireIfMatch(ifMatch);
        StoredFragment current = fresh(edition, xmlId).or(() -> latest(edition, xmlId))
                .orElseThrow(() -> missing(edition, xmlId));
        if (!current.version().equals(FragmentVersions.named(ifMatch))) {
            throw new FragmentConflictException(xmlId, current.version(), current.xml());
        }
        return current;
    }

    /**
     * The element of the draft as stored now, if any, which this instance then knows as the latest version.
     * A write's expected version must come from here (or {@link #current}): a write then finds the element
     * overtaken only when this instance has learnt of a later version since.
     */
    Optional<StoredFragment> latest(String edition, String xmlId) {
        Optional<StoredFragment> stored = fragments.read(edition, xmlId, EditionStore.Text.DRAFT);
        stored.ifPresent(s -> known.read(edition, s));
        return stored;
    }

    private static void requireIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException(
                    "A fragment write needs If-Match with the version it is based on (the ETag of its GET)");
        }
    }

    FragmentStore.Change change(Editor editor, String operation, String summary) {
        return new FragmentStore.Change(operation, summary, editor.user(), editor.name(), Instant.now(clock));
    }

    /**
     * The one way an element of the draft is written: validated as part of the whole edition, then
     * stored by one locked query if it is still {@code expected}; validated again if another element
     * changed meanwhile. A write that carries a {@code review} can also be refused for it. Callers have
     * just read the element at {@code expected} through {@link #latest} or {@link #current}, so a stale one
     * rarely reaches here, and a version this instance learns of after that read is a later one.
     */
    FragmentWrite store(String edition, String xmlId, String expected, XdmNode element,
                        FragmentStore.Change change, FragmentStore.Review review) {
        if (!xmlId.equals(element.getAttributeValue(XML_ID))) {
            throw new InvalidEditException("The element must keep its xml:id '" + xmlId + "'", List.of());
        }
        FragmentWrite write = FragmentStore.Review.NONE.equals(review)
                ? storeWithGroup(edition, xmlId, expected, element, change)
                : storeReviewed(edition, xmlId, expected, element, change, review);
        // The answer waits for eXist-db to finish the write; the next writer need not.
        editions.awaitWrites(edition);
        return write;
    }

    /** A write that records no review is stored with the others waiting then (see {@link GroupCommit}). */
    private FragmentWrite storeWithGroup(String edition, String xmlId, String expected, XdmNode element,
                                         FragmentStore.Change change) {
        Optional<FragmentWrite> write = groups.store(edition, xmlId, expected, element, change);
        while (write.isEmpty()) {
            // Overtaken by a write whose element this instance does not keep: the 412 reads it.
            throwIfKnownLater(edition, xmlId, expected);
            current(edition, xmlId, FragmentVersions.etag(expected));
            write = groups.store(edition, xmlId, expected, element, change);
        }
        return write.get();
    }

    /** A review's write (a rejection's revert), which the storing query can also refuse for the review. */
    private FragmentWrite storeReviewed(String edition, String xmlId, String expected, XdmNode element,
                                        FragmentStore.Change change, FragmentStore.Review review) {
        ReentrantLock turn = groups.turn(edition);
        FragmentWrite write = inTurn(turn, () -> known.overtaken(edition, xmlId, expected) ? null
                : storeInTurn(edition, xmlId, expected, element, change, review));
        if (write == null) {
            throwIfKnownLater(edition, xmlId, expected);
            current(edition, xmlId, FragmentVersions.etag(expected));
            write = inTurn(turn, () -> storeInTurn(edition, xmlId, expected, element, change, review));
        }
        return write;
    }

    /** Throws the 412 of a write overtaken by a version of the element this instance keeps. */
    private void throwIfKnownLater(String edition, String xmlId, String expected) {
        Optional<FragmentConflictException> later = known.later(edition, xmlId, expected);
        if (later.isPresent()) {
            throw later.get();
        }
    }

    private static FragmentWrite inTurn(ReentrantLock turn, Supplier<FragmentWrite> write) {
        turn.lock();
        try {
            return write.get();
        } finally {
            turn.unlock();
        }
    }

    private FragmentWrite storeInTurn(String edition, String xmlId, String expected, XdmNode element,
                                      FragmentStore.Change change, FragmentStore.Review review) {
        for (int attempt = 0; attempt < GroupCommit.ATTEMPTS; attempt++) {
            Draft draft = drafts.baseFor(edition, attempt == 0 ? drafts.lastWritten(edition) : null, List.of(xmlId));
            WriteValidation.Validated validated = validation.validated(edition, draft, xmlId, element,
                    new Editor(change.user(), change.userName()));
            FragmentWrite write = fragments.replace(edition, xmlId, expected, draft.revision(), element, change, review);
            switch (write.status()) {
                case STORED -> {
                    drafts.written(edition, validated.after().at(write.revision()));
                    known.stored(edition, validated.before(), xmlId, element, write);
                    return write;
                }
                case STALE -> throw known.stale(edition, xmlId, write);
                case MISSING, NO_FRAGMENT -> throw missing(edition, xmlId);
                case REVIEWED -> throw new ReviewConflictException(
                        "Change " + review.revision() + " has already been reviewed", List.of());
                case UNRESOLVED -> throw new ReviewConflictException("Later changes (" + write.later()
                        + ") touched " + xmlId + " too: reject them first, or send the fragment as it should be"
                        + " in 'resolution'", write.later());
                case MOVED -> {
                    // Someone else (another instance, a review) changed the draft: validate against the new one.
                    drafts.moved(edition);
                }
            }
        }
        throw new EditionBusyException(edition, GroupCommit.ATTEMPTS);
    }

    /** @param status pending, accepted, rejected, or null for all */
    public ChangePage history(String edition, int page, int size, String status) {
        EditionIds.require(edition);
        return fragments.changes(edition, (page - 1) * size + 1, size, status)
                .orElseThrow(() -> new EditionNotFoundException(edition));
    }

    private static FragmentNotFoundException missing(String edition, String xmlId) {
        return new FragmentNotFoundException(edition, xmlId);
    }
}
