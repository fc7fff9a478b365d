package org.editio.edit;

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

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import net.sf.saxon.s9api.XdmNode;
import org.editio.exist.FragmentStore;
import org.editio.exist.FragmentWrite;
import org.editio.metrics.EditMetrics;
import org.editio.service.EditionNotFoundException;

/**
 * The writes of one edition in this instance, in turns. Writers validate against the draft the one before
 * them left, instead of all validating at once and all but one starting again. A write that records no
 * review waits in the edition's queue; whoever has the turn takes the writes waiting then (its own among
 * them) and stores them together: they are validated one after the other, each on the draft the ones
 * before it leave, and stored by one query, so that writers queue for eXist-db once per group instead of
 * once each.
 */
@ApplicationScoped
class GroupCommit {

    /** Tries per write when the draft keeps moving under it (other instances, reviews). */
    static final int ATTEMPTS = 8;
    /** At most this many writes are stored together. */
    private static final int GROUP = 16;

    @Inject
    FragmentStore fragments;

    @Inject
    DraftBases drafts;

    @Inject
    WriteValidation validation;

    @Inject
    KnownFragments known;

    @Inject
    EditMetrics metrics;

    private final Map<String, ReentrantLock> turns = new ConcurrentHashMap<>();
    private final Map<String, Deque<Pending>> queues = new ConcurrentHashMap<>();

    /** The edition's turn, which every write of it in this instance holds while it validates and stores. */
    ReentrantLock turn(String edition) {
        return turns.computeIfAbsent(edition, e -> new ReentrantLock(true));
    }

    /**
     * Stores the write with the group it joins, or refuses it with the reason its writer gets.
     *
     * @return the write as stored; empty when a write whose element this instance does not keep overtook it
     *         (its writer reads the element)
     */
    Optional<FragmentWrite> store(String edition, String xmlId, String expected, XdmNode element,
                                  FragmentStore.Change change) {
        Pending mine = new Pending(xmlId, expected, element, change);
        Deque<Pending> queue = queues.computeIfAbsent(edition, e -> new ConcurrentLinkedDeque<>());
        queue.add(mine);
        ReentrantLock turn = turn(edition);
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
            return Optional.empty();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return Optional.of(mine.result);
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
        Draft base = drafts.lastWritten(edition);
        for (int attempt = 0; attempt < ATTEMPTS && !live.isEmpty(); attempt++) {
            base = drafts.baseFor(edition, base, live.stream().map(p -> p.xmlId).toList());
            Draft draft = base;
            List<Pending> valid = new ArrayList<>();
            for (Pending p : live) {
                try {
                    WriteValidation.Validated next = validation.validated(edition, draft, p.xmlId, p.element,
                            new Editor(p.change.user(), p.change.userName()));
                    p.validatedOn = next.before();
                    draft = next.after();
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
            metrics.storingQuery(batch.status(), valid.size());
            switch (batch.status()) {
                case STORED -> {
                    long last = base.revision();
                    for (Pending p : valid) {
                        FragmentWrite write = batch.writes().get(p.xmlId);
                        last = Math.max(last, write.revision());
                        known.stored(edition, p.validatedOn, p.xmlId, p.element, write);
                    }
                    drafts.written(edition, draft.at(last));
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
                            p.fail(new FragmentNotFoundException(edition, p.xmlId));
                        }
                    }
                    live = valid.stream().filter(p -> !p.done).toList();
                }
                case MOVED -> {
                    // Someone else (another instance, a review) changed the draft: validate against the new one.
                    drafts.moved(edition);
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
}
