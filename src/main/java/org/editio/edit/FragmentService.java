package org.editio.edit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Predicates;
import net.sf.saxon.s9api.streams.Steps;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.RootElement;
import org.editio.core.tei.TeiNames;
import org.editio.core.tei.XmlIds;
import org.editio.core.validate.TeiValidator;
import org.editio.core.validate.ValidationMessage;
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
 * applied to the current draft in memory and validated as a whole edition; then one locked query in
 * eXist-db checks the element's version and the draft's revision, stores it and records the change.
 * If another element changed meanwhile, the edit is validated again on the new draft. Edits that
 * arrive while another is being stored are stored together, by one query (see {@link #storeQueued}).
 */
@ApplicationScoped
public class FragmentService {

    private static final QName XML_ID = TeiNames.XML_ID;
    private static final int ATTEMPTS = 8;
    /** At most this many writes are stored together. */
    private static final int GROUP = 16;
    /** How a write marks a correction it makes; replace-fragment.xq gives it the change's number. */
    static final String NEW_CHANGE = "#rev-new";
    private static final QName CHANGE = new QName("change");
    private static final String TEI_NS = TeiNames.TEI_NS;
    private static final Pattern LOG_IDS = Pattern.compile("(rev|changes)-[0-9]+");
    private static final Set<String> WRITTEN_BY_THE_LOG = Set.of("titleStmt", "revisionDesc", "listChange", "change");

    @Inject
    FragmentStore fragments;

    @Inject
    EditionStore editions;

    @Inject
    HardenedXmlParser parser;

    @Inject
    TeiValidator validator;

    @Inject
    DraftPatcher patcher;

    Clock clock = Clock.systemUTC();

    private final Map<String, ReentrantLock> turns = new ConcurrentHashMap<>();
    private final Map<String, Deque<Pending>> queues = new ConcurrentHashMap<>();
    private final Map<String, Draft> lastWritten = new ConcurrentHashMap<>();
    private final KnownFragments known = new KnownFragments();

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
     * {@link KnownFragments#currentAt}). "Now" is the revision answered by a barrier query that started after
     * this call, which writes under load run anyway. Elements of the header are always read from eXist-db:
     * every write adds to its log.
     */
    private Optional<StoredFragment> fresh(String edition, String xmlId) {
        Draft kept = lastWritten.get(edition);
        if (!known.worthChecking(edition, xmlId) || kept == null || !inText(kept.tree(), xmlId)) {
            return Optional.empty();
        }
        return known.currentAt(edition, xmlId, editions.draftRevision(edition));
    }

    /** True when the draft has the element inside its {@code text}; false when outside, or not there at all. */
    private static boolean inText(XdmNode draft, String xmlId) {
        return XmlIds.find(draft, xmlId).map(FragmentService::inText).orElse(false);
    }

    private static boolean inText(XdmNode element) {
        for (XdmNode n = element.getParent(); n != null; n = n.getParent()) {
            if (n.getNodeName() != null && TEI_NS.equals(n.getNodeName().getNamespace())
                    && "text".equals(n.getNodeName().getLocalName())) {
                return true;
            }
        }
        return false;
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
        // Writers of one edition take turns in this instance: each validates against the draft the one
        // before it left, instead of all validating at once and all but one starting again.
        ReentrantLock turn = turns.computeIfAbsent(edition, e -> new ReentrantLock(true));
        if (FragmentStore.Review.NONE.equals(review)) {
            return storeQueued(edition, turn, new Pending(xmlId, expected, element, change));
        }
        FragmentWrite write = inTurn(turn, () -> known.overtaken(edition, xmlId, expected) ? null
                : storeInTurn(edition, xmlId, expected, element, change, review));
        if (write == null) {
            throwIfKnownLater(edition, xmlId, expected);
            current(edition, xmlId, FragmentVersions.etag(expected));
            write = inTurn(turn, () -> storeInTurn(edition, xmlId, expected, element, change, review));
        }
        // The answer waits for eXist-db to finish the write; the next writer need not.
        editions.awaitWrites(edition);
        return write;
    }

    /**
     * A write that records no review waits in the edition's queue. Whoever has the turn takes the writes
     * waiting then (its own among them) and stores them together (group commit): they are validated one
     * after the other, each on the draft the ones before it leave, and stored by one query, so that
     * writers queue for eXist-db once per group instead of once each.
     */
    private FragmentWrite storeQueued(String edition, ReentrantLock turn, Pending mine) {
        Deque<Pending> queue = queues.computeIfAbsent(edition, e -> new ConcurrentLinkedDeque<>());
        queue.add(mine);
        while (!mine.done) {
            turn.lock();
            try {
                if (!mine.done) {
                    storeGroup(edition, takeGroup(queue));
                }
            } finally {
                turn.unlock();
            }
        }
        if (mine.overtakenUnknown) {
            // Overtaken by a write whose element this instance does not keep: the 412 reads it.
            throwIfKnownLater(edition, mine.xmlId, mine.expected);
            current(edition, mine.xmlId, FragmentVersions.etag(mine.expected));
            return storeQueued(edition, turn, new Pending(mine.xmlId, mine.expected, mine.element, mine.change));
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        // The answer waits for eXist-db to finish the write; the next writer need not.
        editions.awaitWrites(edition);
        return mine.result;
    }

    /** Up to {@link #GROUP} waiting writes, no two of the same element (a later one waits for the next group). */
    private static List<Pending> takeGroup(Deque<Pending> queue) {
        List<Pending> group = new ArrayList<>();
        List<Pending> later = new ArrayList<>();
        Set<String> elements = new HashSet<>();
        Pending next;
        while (group.size() < GROUP && (next = queue.poll()) != null) {
            (elements.add(next.xmlId) ? group : later).add(next);
        }
        for (int i = later.size() - 1; i >= 0; i--) {
            queue.addFirst(later.get(i));
        }
        return group;
    }

    /** Answers every write of the group: stored, or refused with the reason its writer gets. */
    private void storeGroup(String edition, List<Pending> group) {
        try {
            List<Pending> live = new ArrayList<>();
            for (Pending p : group) {
                if (known.overtaken(edition, p.xmlId, p.expected)) {
                    // Another write stored the element while this one waited: it is stale, and costs no one a
                    // validation or a query. The 412 carries the element as this instance knows it; should that
                    // be out of date too (a write through another instance), the client's next write gets 412
                    // from the storing query, with the element as eXist-db has it.
                    known.later(edition, p.xmlId, p.expected).ifPresentOrElse(p::fail, p::overtakenUnknown);
                } else {
                    live.add(p);
                }
            }
            storeLive(edition, live);
        } catch (RuntimeException e) {
            group.stream().filter(p -> !p.done).forEach(p -> p.fail(e));
        } finally {
            // The group has left the queue: a write left without an answer would keep its writer waiting.
            group.stream().filter(p -> !p.done)
                    .forEach(p -> p.fail(new IllegalStateException("The write of " + p.xmlId + " was not stored")));
        }
    }

    private void storeLive(String edition, List<Pending> live) {
        Draft base = lastWritten.get(edition);
        for (int attempt = 0; attempt < ATTEMPTS && !live.isEmpty(); attempt++) {
            base = baseFor(edition, base, live.stream().map(p -> p.xmlId).toList());
            Draft draft = base;
            List<Pending> valid = new ArrayList<>();
            for (Pending p : live) {
                try {
                    Validated next = validated(edition, draft, p.xmlId, p.element,
                            new Editor(p.change.user(), p.change.userName()));
                    p.validatedOn = next.before;
                    draft = next.after;
                    valid.add(p);
                } catch (RuntimeException e) {
                    p.fail(e);
                }
            }
            if (valid.isEmpty()) {
                return;
            }
            FragmentStore.Batch batch = fragments.replaceAll(edition, base.revision(),
                    valid.stream().map(Pending::write).toList());
            switch (batch.status()) {
                case STORED -> {
                    long last = base.revision();
                    for (Pending p : valid) {
                        FragmentWrite write = batch.writes().get(p.xmlId);
                        last = Math.max(last, write.revision());
                        forgetAroundAndInside(edition, p.validatedOn, p.xmlId, p.element, write.revision());
                        knowStored(edition, p.xmlId, p.element, write);
                    }
                    lastWritten.put(edition, draft.at(last));
                    known.ownWrites(edition, base.revision(), last);
                    valid.forEach(p -> p.succeed(batch.writes().get(p.xmlId)));
                    return;
                }
                case REFUSED -> {
                    // Nothing was stored: the refused writes get their answer, the others go again on the same draft.
                    for (Pending p : valid) {
                        FragmentWrite refused = batch.writes().get(p.xmlId);
                        if (refused != null && refused.status() == FragmentWrite.Status.STALE) {
                            p.fail(known.stale(edition, p.xmlId, refused));
                        } else if (refused != null) {
                            p.fail(missing(edition, p.xmlId));
                        }
                    }
                    live = valid.stream().filter(p -> !p.done).toList();
                }
                case MOVED -> {
                    // Someone else (another instance, a review) changed the draft: validate against the new one.
                    lastWritten.remove(edition);
                    base = null;
                    live = valid;
                }
                case MISSING -> {
                    valid.forEach(p -> p.fail(new EditionNotFoundException(edition)));
                    return;
                }
            }
        }
        live.forEach(p -> p.fail(new EditionBusyException(edition, ATTEMPTS)));
    }

    /** Remembers the element as stored (its text only where eXist-db stores it as sent). */
    private void knowStored(String edition, String xmlId, XdmNode element, FragmentWrite stored) {
        known.stored(edition, xmlId, stored.revision(), stored.version(),
                storedAsSent(element) ? parser.serialize(element) : null);
    }

    /** Throws the 412 of a write overtaken by a version of the element this instance keeps. */
    private void throwIfKnownLater(String edition, String xmlId, String expected) {
        Optional<FragmentConflictException> later = known.later(edition, xmlId, expected);
        if (later.isPresent()) {
            throw later.get();
        }
    }

    /** A write waiting in its edition's queue, and once done, its answer; guarded by the edition's turn. */
    private static final class Pending {
        final String xmlId;
        final String expected;
        final XdmNode element;
        final FragmentStore.Change change;
        /** The draft the write was validated against, as it had the element before. */
        Draft validatedOn;
        /** Written last, so that whoever reads it true also sees the answer. */
        volatile boolean done;
        boolean overtakenUnknown;
        FragmentWrite result;
        RuntimeException failure;

        Pending(String xmlId, String expected, XdmNode element, FragmentStore.Change change) {
            this.xmlId = xmlId;
            this.expected = expected;
            this.element = element;
            this.change = change;
        }

        FragmentStore.Write write() {
            return new FragmentStore.Write(xmlId, expected, element, change);
        }

        void succeed(FragmentWrite write) {
            result = write;
            done = true;
        }

        void fail(RuntimeException e) {
            failure = e;
            done = true;
        }

        /** Overtaken by a version of the element this instance does not keep: its writer reads it. */
        void overtakenUnknown() {
            overtakenUnknown = true;
            done = true;
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
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Draft draft = baseFor(edition, attempt == 0 ? lastWritten.get(edition) : null, List.of(xmlId));
            Validated validated = validated(edition, draft, xmlId, element, new Editor(change.user(), change.userName()));
            FragmentWrite write = fragments.replace(edition, xmlId, expected, draft.revision(), element, change, review);
            switch (write.status()) {
                case STORED -> {
                    lastWritten.put(edition, validated.after.at(write.revision()));
                    forgetAroundAndInside(edition, validated.before, xmlId, element, write.revision());
                    knowStored(edition, xmlId, element, write);
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
                    lastWritten.remove(edition);
                }
            }
        }
        throw new EditionBusyException(edition, ATTEMPTS);
    }

    /** @param status pending, accepted, rejected, or null for all */
    public ChangePage history(String edition, int page, int size, String status) {
        EditionIds.require(edition);
        return fragments.changes(edition, (page - 1) * size + 1, size, status)
                .orElseThrow(() -> new EditionNotFoundException(edition));
    }

    /**
     * The draft to validate writes of these elements against: {@code kept} if there is one, else the stored
     * draft without the older entries of its log; the whole stored draft when a write is of an element outside
     * the text (the log's pointers reach the header's declarations, and the log entries are the header's).
     */
    private Draft baseFor(String edition, Draft kept, List<String> xmlIds) {
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

    /** A write's validation: the draft it was validated against (as it had the element before), and the draft after it. */
    private record Validated(Draft before, Draft after) {
    }

    /**
     * Validates the write of the element on the draft: by its parts when the draft is known valid and already
     * declares the editor (the only change outside the element a write makes), else whole. By parts, the
     * element is kept apart from the draft's tree when it can be (see {@link Draft}), so that no write copies
     * the whole draft; whole, the draft is built and copied with the element in.
     */
    private Validated validated(String edition, Draft draft, String xmlId, XdmNode element, Editor editor) {
        XdmNode current = draft.element(xmlId).orElseThrow(() -> missing(edition, xmlId));
        requireNoNewLogIds(current, element);
        boolean partsSuffice = draft.valid() && XmlIds.find(draft.tree(), editor.id()).isPresent();
        if (partsSuffice) {
            Draft on = draft.keepsApart(xmlId, element) ? draft : draft.built(patcher);
            Optional<List<ValidationMessage>> parts = byParts(on.tree(), element, xmlId);
            if (parts.isPresent()) {
                requireValid(parts.get());
                return new Validated(on, on.with(xmlId, element));
            }
        }
        Draft on = draft.built(patcher);
        XdmNode patched = patcher.replace(on.tree(), element, editor);
        List<ValidationMessage> messages = whole(patched);
        if (!TeiValidator.isValid(messages) && !partsSuffice) {
            // Findings by parts give the lines of what was sent; they need the draft (with the editor
            // declared) to be valid, which an imported edition outside the conventions is not.
            XdmNode declared = patcher.replace(on.tree(), current, editor);
            if (TeiValidator.isValid(whole(declared))) {
                messages = byParts(declared, element, xmlId).orElse(messages);
            }
        }
        requireValid(messages);
        return new Validated(on, on.replacedBy(RootElement.of(patched)));
    }

    private static void requireValid(List<ValidationMessage> messages) {
        if (!TeiValidator.isValid(messages)) {
            throw new InvalidEditException("The edit would leave the edition invalid; nothing was stored", messages);
        }
    }

    /**
     * Forgets what this instance knows of the elements a stored write changed: its ancestors (placed by the
     * draft it was validated against) and whatever was or is now inside it.
     */
    private void forgetAroundAndInside(String edition, Draft validatedOn, String xmlId, XdmNode element, long revision) {
        XdmNode placed = XmlIds.find(validatedOn.tree(), xmlId).orElse(null);
        List<XdmNode> versions = new ArrayList<>(List.of(element));
        if (placed != null) {
            versions.add(placed);
        }
        // Kept apart from the tree, the element as the draft has it now is not the tree's.
        validatedOn.element(xmlId).filter(current -> !current.equals(placed)).ifPresent(versions::add);
        known.forgetAroundAndInside(edition, placed, versions, revision);
    }

    /**
     * Identifiers of the form of the platform's log entries (rev-N, changes-N) are the log's: an element may keep
     * those it has, but not bring new ones, which the draft validated against may not show (see {@link #baseFor}).
     */
    private static void requireNoNewLogIds(XdmNode current, XdmNode element) {
        Set<String> had = new HashSet<>();
        current.select(Steps.descendantOrSelf().where(Predicates.isElement()))
                .forEach(e -> had.add(e.getAttributeValue(XML_ID)));
        element.select(Steps.descendantOrSelf().where(Predicates.isElement())).map(e -> e.getAttributeValue(XML_ID))
                .filter(id -> id != null && !had.contains(id) && LOG_IDS.matcher(id).matches()).findFirst()
                .ifPresent(id -> {
                    throw new InvalidEditException("The xml:id '" + id + "' has the form of the platform's log entries"
                            + " (rev-N, changes-N), which are reserved for it; nothing was stored", List.of());
                });
    }

    private Optional<List<ValidationMessage>> byParts(XdmNode draft, XdmNode element, String xmlId) {
        return validator.edits().validate(draft, element, xmlId, xmlId);
    }

    private List<ValidationMessage> whole(XdmNode draft) {
        return validator.validate(parser.serialize(draft).getBytes(StandardCharsets.UTF_8), "edition");
    }

    /**
     * False when the storing query stores more than the element sent: it numbers the corrections a write
     * makes, and it writes the header's log and declarations (into these elements), in the same query.
     */
    private static boolean storedAsSent(XdmNode element) {
        return element.select(Steps.descendantOrSelf().where(Predicates.isElement())).noneMatch(e ->
                TEI_NS.equals(e.getNodeName().getNamespace()) && WRITTEN_BY_THE_LOG.contains(e.getNodeName().getLocalName())
                        || NEW_CHANGE.equals(e.getAttributeValue(CHANGE)));
    }

    private static FragmentNotFoundException missing(String edition, String xmlId) {
        return new FragmentNotFoundException(edition, xmlId);
    }
}
