package org.editio.exist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.editio.config.ExistConfig;
import org.editio.core.tei.HardenedXmlParser;

/**
 * Single elements of a working draft, addressed by xml:id, and the change records that every write
 * leaves in {@code {edition}/changes/}. A fragment's version is a hash of its serialization in eXist-db.
 */
@ApplicationScoped
public class FragmentStore {

    private static final QName STATUS = new QName("status");
    private static final QName REV = new QName("rev");
    private static final QName VERSION = new QName("version");

    @Inject
    EditionStore editions;

    @Inject
    ExistClient exist;

    @Inject
    ExistConfig config;

    @Inject
    HardenedXmlParser parser;

    /** Empty when the edition or the element does not exist; {@link FragmentWrite.Status} says which on writes. */
    public Optional<StoredFragment> read(String edition, String xmlId) {
        XdmNode read = editions.result(XQueries.READ_FRAGMENT.query()
                .bind("root", config.root())
                .bind("edition", edition)
                .bind("fragment", xmlId));
        if (read.getAttributeValue(STATUS) != null) {
            return Optional.empty();
        }
        return Optional.of(new StoredFragment(xmlId, read.getAttributeValue(VERSION),
                Long.parseLong(read.getAttributeValue(REV)), firstElement(read)));
    }

    /** Replaces the element if it is still {@code expectedVersion} and the draft still {@code basedOnRevision}. */
    public FragmentWrite replace(String edition, String xmlId, String expectedVersion, long basedOnRevision,
                                 XdmNode element, Change change) {
        XdmNode outcome = editions.result(XQueries.REPLACE_FRAGMENT.query()
                .bind("root", config.root())
                .bind("edition", edition)
                .bind("fragment", xmlId)
                .bind("expected", expectedVersion)
                .bind("based-on", basedOnRevision)
                .bindElement("new", parser.serialize(element))
                .bind("operation", change.operation())
                .bind("summary", change.summary())
                .bind("user", change.user())
                .bind("when", change.when().toString()));
        FragmentWrite.Status status = FragmentWrite.Status.valueOf(
                outcome.getAttributeValue(STATUS).toUpperCase().replace('-', '_'));
        String rev = outcome.getAttributeValue(REV);
        return new FragmentWrite(status, rev == null ? -1 : Long.parseLong(rev),
                outcome.getAttributeValue(VERSION), status == FragmentWrite.Status.STALE ? firstElement(outcome) : null);
    }

    /** Returns once eXist-db has finished the edition's last write (see sync-edition.xq). */
    public void awaitWrites(String edition) {
        editions.result(XQueries.SYNC_EDITION.query().bind("root", config.root()).bind("edition", edition));
    }

    /** A page of changes, newest first; empty when the edition does not exist. */
    public Optional<ChangePage> changes(String edition, int start, int size) {
        XdmNode page = editions.result(XQueries.LIST_CHANGES.query()
                .bind("root", config.root())
                .bind("edition", edition)
                .bind("start", start)
                .bind("size", size));
        if (page.getAttributeValue(STATUS) != null) {
            return Optional.empty();
        }
        List<ChangeSummary> changes = new ArrayList<>();
        for (XdmNode c : page.children()) {
            if (c.getNodeKind() == XdmNodeKind.ELEMENT) {
                changes.add(new ChangeSummary(Long.parseLong(c.getAttributeValue(REV)),
                        c.getAttributeValue(new QName("fragment")), c.getAttributeValue(new QName("operation")),
                        c.getAttributeValue(new QName("user")), c.getAttributeValue(new QName("when")),
                        c.getAttributeValue(STATUS), c.getStringValue().trim()));
            }
        }
        return Optional.of(new ChangePage(Long.parseLong(page.getAttributeValue(new QName("total"))), changes));
    }

    private String firstElement(XdmNode parent) {
        for (XdmNode child : parent.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                return parser.serialize(child);
            }
        }
        throw new IllegalStateException("eXist-db returned no element");
    }

    /** Who changed what, and how; recorded with the change. */
    public record Change(String operation, String summary, String user, Instant when) {
    }
}
