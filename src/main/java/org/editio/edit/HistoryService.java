package org.editio.edit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Steps;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.TeiNames;
import org.editio.exist.ChangeStore;
import org.editio.exist.EditionStore;
import org.editio.exist.WriteOutcome;
import org.editio.service.EditionIds;
import org.editio.service.EditionNotFoundException;

/** Past revisions of an edition, differences between two, and reverting to one (itself a new change). */
@ApplicationScoped
public class HistoryService {

    private static final QName XML_ID = TeiNames.XML_ID;
    private static final int ATTEMPTS = 8;

    @Inject
    ChangeStore changes;

    @Inject
    EditionStore editions;

    @Inject
    RevisionRebuilder rebuilder;

    @Inject
    HardenedXmlParser parser;

    Clock clock = Clock.systemUTC();

    /** The whole edition as it was at revision {@code rev}. */
    public String at(String edition, long rev) {
        XdmNode history = history(edition, rev);
        return parser.serialize(rebuilder.at(history, rev, rev));
    }

    /** What changed between two revisions: each element changed, as it was at {@code from} and at {@code to}. */
    public Diff diff(String edition, long from, long to) {
        if (from > to) {
            throw new jakarta.ws.rs.BadRequestException("from must not be after to");
        }
        XdmNode history = history(edition, from);
        requireRevision(edition, history, to);
        XdmNode before = rebuilder.at(history, from, from);
        XdmNode after = rebuilder.at(history, to, to);
        Map<String, List<Long>> touched = new LinkedHashMap<>();
        for (XdmNode change : history.children(net.sf.saxon.s9api.streams.Predicates.hasName(TeiNames.EDITIO_NS, "change"))) {
            long rev = Long.parseLong(change.getAttributeValue(new QName("rev")));
            if (rev > from && rev <= to) {
                String fragment = change.getAttributeValue(new QName("fragment"));
                String key = "edition".equals(change.getAttributeValue(new QName("scope"))) || fragment == null
                        || fragment.isEmpty() ? "TEI" : fragment;
                touched.computeIfAbsent(key, k -> new ArrayList<>()).add(rev);
            }
        }
        List<Diff.Fragment> differences = new ArrayList<>();
        touched.forEach((fragment, revs) -> {
            String was = serialized(fragment.equals("TEI") ? Optional.of(before) : byId(before, fragment));
            String is = serialized(fragment.equals("TEI") ? Optional.of(after) : byId(after, fragment));
            if (!java.util.Objects.equals(was, is)) {
                differences.add(new Diff.Fragment(fragment, revs, was, is));
            }
        });
        return new Diff(from, to, differences);
    }

    /** Restores the text of revision {@code rev} as a new change; the header keeps the whole log. */
    public long revert(String edition, long rev, Editor editor) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            XdmNode history = history(edition, rev);
            long current = Long.parseLong(history.getAttributeValue(new QName("rev")));
            XdmNode restored = rebuilder.at(history, rev, current);
            WriteOutcome outcome = editions.replaceDraft(edition, current, restored,
                    new EditionStore.Author(editor.user(), editor.name(), "revert", "Reverted to revision " + rev),
                    Instant.now(clock));
            switch (outcome.status()) {
                case STORED -> {
                    editions.awaitWrites(edition);
                    return outcome.revision();
                }
                case MISSING -> throw new EditionNotFoundException(edition);
                case STALE -> {
                    // Someone wrote meanwhile; rebuild from the new draft.
                }
            }
        }
        throw new IllegalStateException("The draft kept changing during " + ATTEMPTS + " attempts; try again");
    }

    private XdmNode history(String edition, long rev) {
        EditionIds.require(edition);
        XdmNode history = changes.history(edition, rev + 1).orElseThrow(() -> new EditionNotFoundException(edition));
        requireRevision(edition, history, rev);
        return history;
    }

    private static void requireRevision(String edition, XdmNode history, long rev) {
        long current = Long.parseLong(history.getAttributeValue(new QName("rev")));
        if (rev < 1 || rev > current) {
            throw new RevisionNotFoundException(edition, rev, current);
        }
    }

    private static Optional<XdmNode> byId(XdmNode tei, String xmlId) {
        return tei.select(Steps.descendantOrSelf().where(n -> xmlId.equals(n.getAttributeValue(XML_ID)))).findFirst();
    }

    private String serialized(Optional<XdmNode> node) {
        return node.map(parser::serialize).orElse(null);
    }

    /** The elements that differ between two revisions, with the changes that made the difference. */
    public record Diff(long from, long to, List<Fragment> fragments) {

        /** An element at {@code from} and at {@code to} (null where it did not exist). */
        public record Fragment(String fragment, List<Long> revisions, String from, String to) {
        }
    }
}
