package org.editio.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.editio.edit.Editor;
import org.editio.exist.ChangeStore;

/** Publication: the draft, as it is at one revision, becomes what anonymous readers see. */
@ApplicationScoped
public class PublicationService {

    @Inject
    ChangeStore changes;

    @Inject
    org.editio.exist.EditionStore editions;

    Clock clock = Clock.systemUTC();

    /** The revision published, and how many changes of the edition still await review. */
    public record Publication(long revision, long pendingChanges) {
    }

    public Publication publish(String id, String ifMatch, Editor editor) {
        EditionIds.require(id);
        long expected = Revisions.parse(ifMatch).orElse(0);
        ChangeStore.Outcome outcome = changes.publish(id, expected, editor.user(), Instant.now(clock));
        return switch (outcome.status()) {
            case "stored" -> {
                editions.awaitWrites(id);
                yield new Publication(outcome.revision(), outcome.pending());
            }
            case "stale" -> throw new StaleRevisionException(expected, outcome.revision());
            default -> throw new EditionNotFoundException(id);
        };
    }
}
