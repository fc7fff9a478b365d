package org.editio.edit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import net.sf.saxon.s9api.XdmNode;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.RootElement;
import org.editio.exist.ChangeStore;
import org.editio.exist.EditionStore;
import org.editio.exist.FragmentStore;
import org.editio.exist.FragmentWrite;
import org.editio.exist.StoredChange;
import org.editio.exist.StoredFragment;
import org.editio.service.EditionIds;
import org.editio.service.EditionNotFoundException;

/**
 * Reviewers' decisions on pending changes. Accepting records the decision; rejecting also reverts the
 * change, as a new change of the reviewer's, unless later changes touched the same fragment: then the
 * reviewer resolves by sending the fragment as it should be.
 */
@ApplicationScoped
public class ReviewService {

    @Inject
    ChangeStore changes;

    @Inject
    FragmentService writer;

    @Inject
    EditionStore editions;

    @Inject
    HardenedXmlParser parser;

    Clock clock = Clock.systemUTC();

    public StoredChange change(String edition, long rev) {
        EditionIds.require(edition);
        return changes.read(edition, rev).orElseThrow(() -> new ChangeNotFoundException(edition, rev));
    }

    /** @return the draft's new revision (its header records the decision) */
    public long accept(String edition, long rev, String comment, Editor reviewer) {
        EditionIds.require(edition);
        ChangeStore.Outcome outcome = changes.review(edition, rev, "accepted", reviewer.user(), reviewer.name(),
                comment(comment), Instant.now(clock));
        return switch (outcome.status()) {
            case "stored" -> {
                editions.awaitWrites(edition);
                yield outcome.revision();
            }
            case "reviewed" -> throw new ReviewConflictException("Change " + rev + " has already been reviewed", List.of());
            case "no-change" -> throw new ChangeNotFoundException(edition, rev);
            default -> throw new EditionNotFoundException(edition);
        };
    }

    /**
     * Reverts the change and records it as rejected.
     *
     * @param resolution the fragment as it should be, when later changes touched it; null otherwise
     * @return the draft's new revision
     */
    public long reject(String edition, long rev, String comment, byte[] resolution, Editor reviewer) {
        StoredChange change = change(edition, rev);
        if (!"pending".equals(change.summary().status())) {
            throw new ReviewConflictException("Change " + rev + " has already been reviewed", List.of());
        }
        if (change.wholeEdition()) {
            throw new ReviewConflictException("Change " + rev + " replaced the whole text: revert to revision "
                    + (rev - 1) + " (POST …/revert/" + (rev - 1) + "), then reject it with a comment", List.of());
        }
        String xmlId = change.summary().fragment();
        XdmNode restored = resolution == null ? change.before() : RootElement.of(parser.parse(resolution));
        StoredFragment current = writer.latest(edition, xmlId)
                .orElseThrow(() -> new FragmentNotFoundException(edition, xmlId));
        FragmentWrite write = writer.store(edition, xmlId, current.version(), restored,
                writer.change(reviewer, "reject", "Reverted change " + rev + " (rejected)"),
                new FragmentStore.Review(rev, "rejected", comment(comment), resolution != null, true));
        return write.revision();
    }

    private static String comment(String comment) {
        return comment == null ? "" : comment.strip();
    }
}
