package org.editio.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import net.sf.saxon.s9api.XdmNode;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.exist.EditionMeta;
import org.editio.exist.EditionStore;
import org.editio.exist.StoredTei;
import org.editio.exist.WriteOutcome;

/** Reading and replacing whole editions; who may see what is decided here, not in eXist-db. */
@ApplicationScoped
public class EditionService {

    @Inject
    EditionStore store;

    @Inject
    HardenedXmlParser parser;

    Clock clock = Clock.systemUTC();

    /** Anonymous callers see published editions only; readers and above see drafts too. */
    public List<EditionMeta> list(boolean includeDrafts) {
        return store.list().stream()
                .filter(m -> includeDrafts || m.publishedRevision().isPresent())
                .toList();
    }

    /** The current revision of a text, without reading the text: enough to answer a conditional request. */
    public long revision(String id, EditionStore.Text text) {
        EditionMeta meta = store.meta(EditionIds.require(id)).orElseThrow(() -> new EditionNotFoundException(id));
        if (text == EditionStore.Text.DRAFT) {
            return meta.draftRevision();
        }
        return meta.publishedRevision().orElseThrow(() -> new EditionNotFoundException(id));
    }

    public StoredTei read(String id, EditionStore.Text text) {
        return store.read(EditionIds.require(id), text).orElseThrow(() -> new EditionNotFoundException(id));
    }

    /**
     * Replaces the working draft. The body is parsed by the hardened parser first, so that nothing
     * malformed or hostile reaches eXist-db; then check and store happen in one locked query.
     *
     * @return the new revision
     */
    public long replaceDraft(String id, String ifMatch, byte[] body, org.editio.edit.Editor editor) {
        EditionIds.require(id);
        OptionalLong expected = Revisions.parse(ifMatch);
        if (expected.isEmpty()) {
            throw new PreconditionRequiredException(
                    "A write needs If-Match with the revision it is based on, e.g. If-Match: \"3\"");
        }
        XdmNode tei = parser.parseTei(body);
        WriteOutcome outcome = store.replaceDraft(id, expected.getAsLong(), tei,
                new EditionStore.Author(editor.user(), editor.name(), "replace-edition", "Replaced the whole text"),
                Instant.now(clock));
        return switch (outcome.status()) {
            case STORED -> {
                store.awaitWrites(id);
                yield outcome.revision();
            }
            case STALE -> throw new StaleRevisionException(expected.getAsLong(), outcome.revision());
            case MISSING -> throw new EditionNotFoundException(id);
        };
    }
}
