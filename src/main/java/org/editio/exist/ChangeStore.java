package org.editio.exist;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import org.editio.config.ExistConfig;

/**
 * The change log of an edition ({@code {edition}/changes.xml}) beyond single writes: one change in full,
 * reviewers' decisions, publication, and the log with the draft for rebuilding past revisions.
 */
@ApplicationScoped
public class ChangeStore {

    private static final QName STATUS = new QName("status");
    private static final QName REV = new QName("rev");

    @Inject
    EditionStore editions;

    @Inject
    ExistConfig config;

    /** The outcome of a review or a publication: its status (stored, reviewed, stale, …) and the revision. */
    public record Outcome(String status, long revision, long pending) {

        public boolean stored() {
            return "stored".equals(status);
        }
    }

    /** Empty when the edition or the change does not exist. */
    public Optional<StoredChange> read(String edition, long rev) {
        XdmNode change = editions.result(XQueries.READ_CHANGE.query()
                .bind("root", config.root()).bind("edition", edition).bind("rev", rev));
        return change.getAttributeValue(STATUS) != null && change.getNodeName().getLocalName().equals("outcome")
                ? Optional.empty() : Optional.of(StoredChange.of(change));
    }

    /** Records a decision that leaves the text as it is (see review-change.xq). */
    public Outcome review(String edition, long rev, String status, String user, String userName, String comment,
                          Instant when) {
        return outcome(editions.result(XQueries.REVIEW_CHANGE.query()
                .bind("root", config.root())
                .bind("edition", edition)
                .bind("rev", rev)
                .bind("status", status)
                .bind("user", user)
                .bind("user-name", userName)
                .bind("comment", comment)
                .bind("when", when.toString())));
    }

    /** Publishes the draft; {@code expected} 0 publishes whatever revision it is at. */
    public Outcome publish(String edition, long expected, String user, Instant when) {
        return outcome(editions.result(XQueries.PUBLISH_EDITION.query()
                .bind("root", config.root())
                .bind("edition", edition)
                .bind("expected", expected)
                .bind("user", user)
                .bind("when", when.toString())));
    }

    /**
     * The log, in full from revision {@code from} on and as summaries before it, with the draft, read
     * together (see read-history.xq); empty when the edition does not exist.
     */
    public Optional<XdmNode> history(String edition, long from) {
        XdmNode history = editions.result(XQueries.READ_HISTORY.query()
                .bind("root", config.root()).bind("edition", edition).bind("from", from));
        return "outcome".equals(history.getNodeName().getLocalName()) ? Optional.empty() : Optional.of(history);
    }

    private static Outcome outcome(XdmNode outcome) {
        String rev = outcome.getAttributeValue(REV);
        String pending = outcome.getAttributeValue(new QName("pending"));
        return new Outcome(outcome.getAttributeValue(STATUS), rev == null ? -1 : Long.parseLong(rev),
                pending == null ? 0 : Long.parseLong(pending));
    }
}
