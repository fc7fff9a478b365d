package org.editio.exist;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Predicates;
import org.editio.config.ExistConfig;

/** Full-text search in eXist-db's Lucene index of the editions (search.xq). */
@ApplicationScoped
public class SearchStore {

    @Inject
    EditionStore editions;

    @Inject
    ExistConfig config;

    /** One hit: where it is, in whose hand, and the words around its first match. */
    public record Hit(String edition, String fragment, String element, String hand, int matches,
                      String before, String match, String after) {
    }

    public record Hits(long total, List<Hit> hits) {
    }

    /** A query Lucene cannot read. */
    public static class BadQueryException extends RuntimeException {
        public BadQueryException(String message) {
            super(message);
        }
    }

    /**
     * @param edition an edition's id, or empty for all
     * @param hand    LT, CM, or empty for both
     */
    public Hits search(String q, String edition, EditionStore.Text text, String hand, int start, int size) {
        XdmNode result = editions.result(XQueries.SEARCH.query()
                .bind("root", config.root())
                .bind("q", q)
                .bind("edition", edition)
                .bind("which", text.document)
                .bind("hand", hand)
                .bind("start", start)
                .bind("size", size));
        if ("outcome".equals(result.getNodeName().getLocalName())) {
            throw new BadQueryException("The search cannot be read: " + result.getAttributeValue(new QName("message")));
        }
        List<Hit> hits = new ArrayList<>();
        result.children(Predicates.isElement()).forEach(h -> hits.add(new Hit(
                h.getAttributeValue(new QName("edition")),
                emptyToNull(h.getAttributeValue(new QName("fragment"))),
                h.getAttributeValue(new QName("element")),
                h.getAttributeValue(new QName("hand")),
                Integer.parseInt(h.getAttributeValue(new QName("matches"))),
                child(h, "before"), child(h, "match"), child(h, "after"))));
        return new Hits(Long.parseLong(result.getAttributeValue(new QName("total"))), hits);
    }

    private static String child(XdmNode parent, String name) {
        for (XdmNode child : parent.children(Predicates.hasLocalName(name))) {
            return child.getStringValue();
        }
        return "";
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
