package org.editio.exist;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.editio.config.ExistConfig;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.RootElement;
import org.editio.core.tei.XmlLimits;
import org.editio.metrics.EditMetrics;

/**
 * Editions as eXist-db holds them, in the layout documented in {@code docs/ARCHITECTURE.md}:
 * {@code {root}/editions/{id}/meta.xml}, {@code draft.xml} and {@code published.xml}.
 */
@ApplicationScoped
public class EditionStore {

    private static final QName STATUS = new QName("status");
    private static final QName REV = new QName("rev");
    private static final QName DRAFT_REV = new QName("draft-rev");

    /** Which text of an edition to read. */
    public enum Text {
        DRAFT("draft"), PUBLISHED("published");

        final String document;

        Text(String document) {
            this.document = document;
        }
    }

    @Inject
    EditMetrics metrics;

    @Inject
    ExistClient exist;

    @Inject
    ExistConfig config;

    @Inject
    HardenedXmlParser parser;

    @Inject
    net.sf.saxon.s9api.Processor processor;

    private static final long RESULT_MAX_BYTES = 1L << 30;
    private static final int RESULT_MAX_DEPTH = 1024;
    private volatile HardenedXmlParser results;
    private volatile List<String> rootBelowDb;
    private final java.util.Map<String, WriteBarrier> barriers = new java.util.concurrent.ConcurrentHashMap<>();

    public void ensureLayout() {
        exist.run(XQueries.ENSURE_LAYOUT.query().bind("root", config.root()));
    }

    public boolean ping() {
        XdmNode ok = result(XQueries.PING.query().bind("root", config.root()));
        return "true".equals(ok.getAttributeValue(new QName("available")));
    }

    public List<EditionMeta> list() {
        XdmNode editions = result(XQueries.LIST_EDITIONS.query().bind("root", config.root()));
        List<EditionMeta> metas = new ArrayList<>();
        for (XdmNode meta : editions.children()) {
            if (meta.getNodeKind() == XdmNodeKind.ELEMENT) {
                metas.add(toMeta(meta));
            }
        }
        return metas;
    }

    public Optional<EditionMeta> meta(String id) {
        return list().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** Empty when the edition does not exist, or when the published text is asked for and there is none. */
    public Optional<StoredTei> read(String id, Text text) {
        return readTree(id, text).map(read -> {
            StringBuilder xml = new StringBuilder();
            for (XdmNode child : read.tree().children()) {
                xml.append(parser.serialize(child));
            }
            return new StoredTei(id, read.revision(), xml.toString());
        });
    }

    /** As {@link #read}, but parsed once, for work on the TEI in the service. */
    public Optional<StoredTree> readTree(String id, Text text) {
        XdmNode read = result(XQueries.READ_EDITION.query()
                .bind("root", config.root())
                .bind("edition", id)
                .bind("which", text.document));
        if (read.getAttributeValue(STATUS) != null) {
            return Optional.empty();
        }
        return Optional.of(new StoredTree(Long.parseLong(read.getAttributeValue(REV)), read));
    }

    /** A stored text as eXist-db returned it (the TEI inside an {@code ed:read} wrapper), with its revision. */
    public record StoredTree(long revision, XdmNode tree) {

        /** The TEI root element. */
        public XdmNode tei() {
            return RootElement.firstChildOf(tree);
        }
    }

    /** Creates an edition at revision 1; false if it already exists. */
    public boolean create(String id, String title, XdmNode tei, String user, Instant when) {
        return create(id, title, tei, user, when, false);
    }

    /**
     * Creates an edition at revision 1 from a whole document (its comments and processing instructions
     * around the root kept, so that what was imported is what is exported); {@code flagged} marks TEI that
     * does not follow the project's conventions. False if the edition exists.
     */
    public boolean create(String id, String title, XdmNode document, String user, Instant when, boolean flagged) {
        XdmNode outcome = result(XQueries.CREATE_EDITION.query()
                .bind("root", config.root())
                .bind("edition", id)
                .bind("title", title)
                .bind("document", parser.serialize(document.getParent() == null ? document : document.getParent()))
                .bind("flagged", flagged)
                .bind("user", user)
                .bind("when", when.toString()));
        return "created".equals(outcome.getAttributeValue(STATUS));
    }

    /** Who replaces a whole text, and the record the change gets: its operation and summary. */
    public record Author(String user, String name, String operation, String summary) {
    }

    /** Replaces the draft if its revision is still {@code expectedRevision}, atomically, recording the change. */
    public WriteOutcome replaceDraft(String id, long expectedRevision, XdmNode tei, Author author, Instant when) {
        XdmNode outcome = result(XQueries.REPLACE_DRAFT.query()
                .bind("root", config.root())
                .bind("edition", id)
                .bind("expected", expectedRevision)
                .bindElement("tei", parser.serialize(RootElement.of(tei)))
                .bind("user", author.user())
                .bind("user-name", author.name())
                .bind("operation", author.operation())
                .bind("summary", author.summary())
                .bind("when", when.toString()));
        String status = outcome.getAttributeValue(STATUS);
        long rev = outcome.getAttributeValue(REV) == null ? -1 : Long.parseLong(outcome.getAttributeValue(REV));
        return new WriteOutcome(WriteOutcome.Status.valueOf(status.toUpperCase()), rev);
    }

    /** Returns once eXist-db has finished the edition's last write (see {@link #draftRevision}). */
    public void awaitWrites(String edition) {
        if (draftRevision(edition) < 0) {
            // A write just stored needs its meta.xml to be awaited; without it, its durability is unknown.
            throw new ExistQueryException(404, "eXist-db has no meta.xml for edition " + edition
                    + " after a write to it: the write's commit cannot be awaited");
        }
    }

    /**
     * The draft's revision as of a barrier that started after this call (shared with the writers waiting
     * for one); -1 when the edition does not exist. The barrier reads the edition's meta.xml, which takes
     * that document's read lock: every write holds its exclusive lock until eXist-db has finished it, so
     * the read returns only after the writes that answered before it started. A plain GET costs eXist-db
     * about a third less than a query taking the same lock (docs/PERFORMANCE.md, session 15).
     */
    public long draftRevision(String edition) {
        return barriers.computeIfAbsent(edition, e -> new WriteBarrier())
                .await(() -> {
                    metrics.barrier();
                    return exist.document(metaPath(edition)).map(this::draftRevisionIn).orElse(-1L);
                });
    }

    private long draftRevisionIn(String metaXml) {
        String rev = parsed(metaXml).getAttributeValue(DRAFT_REV);
        return rev == null ? -1 : Long.parseLong(rev);
    }

    /** The path of the edition's meta.xml below /db. */
    private List<String> metaPath(String edition) {
        List<String> segments = new ArrayList<>(rootBelowDb());
        segments.addAll(List.of("editions", edition, "meta.xml"));
        return segments;
    }

    /** The root collection's names below /db, checked once. */
    private List<String> rootBelowDb() {
        List<String> below = rootBelowDb;
        if (below == null) {
            List<String> segments = new ArrayList<>(List.of(config.root().split("/")));
            segments.removeIf(String::isEmpty);
            if (segments.isEmpty() || !segments.get(0).equals("db")) {
                throw new IllegalStateException("editio.exist.root must be a collection under /db: " + config.root());
            }
            below = List.copyOf(segments.subList(1, segments.size()));
            rootBelowDb = below;
        }
        return below;
    }

    XdmNode result(ExistQuery query) {
        return parsed(exist.run(query));
    }

    /** The root element of an answer of eXist-db. */
    private XdmNode parsed(String answer) {
        return RootElement.of(results().parse(answer.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * eXist-db's answers are parsed as hardened as anything (no DOCTYPE), but not held to the size limit
     * of submitted documents: a history holds many versions of the edition.
     */
    private HardenedXmlParser results() {
        if (results == null) {
            results = new HardenedXmlParser(processor, new XmlLimits(RESULT_MAX_BYTES, RESULT_MAX_DEPTH));
        }
        return results;
    }

    private static EditionMeta toMeta(XdmNode meta) {
        String published = meta.getAttributeValue(new QName("published-rev"));
        return new EditionMeta(
                meta.getAttributeValue(new QName("id")),
                meta.getAttributeValue(new QName("title")),
                Long.parseLong(meta.getAttributeValue(new QName("draft-rev"))),
                published == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(published)),
                meta.getAttributeValue(new QName("modified")),
                meta.getAttributeValue(new QName("modified-by")),
                "true".equals(meta.getAttributeValue(new QName("flagged"))));
    }
}
