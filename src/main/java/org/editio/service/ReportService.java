package org.editio.service;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import net.sf.saxon.s9api.XdmNode;
import org.editio.core.report.EditionReports;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.exist.EditionStore;
import org.editio.exist.StoredTei;

/**
 * The core's reports for a stored edition. A revision never changes, so its parsed tree is kept
 * per revision (the latest few) and every report of that revision reuses it.
 */
@ApplicationScoped
public class ReportService {

    private static final int KEPT_REVISIONS = 8;

    @Inject
    EditionService editions;

    @Inject
    HardenedXmlParser parser;

    private final EditionReports reports = new EditionReports();
    private final Map<String, XdmNode> trees = new ConcurrentHashMap<>();

    /** A report with the revision it was computed from. */
    public record Report<T>(long revision, T body) {
    }

    public Report<?> report(String id, EditionStore.Text text, String kind) {
        StoredTei tei = editions.read(id, text);
        XdmNode tree = trees.computeIfAbsent(id + "@" + tei.revision(), key -> {
            if (trees.size() >= KEPT_REVISIONS) {
                trees.clear();
            }
            return parser.parseTei(tei.xml().getBytes(StandardCharsets.UTF_8));
        });
        Object body = switch (kind) {
            case "hands" -> reports.hands(tree);
            case "apparatus" -> reports.apparatus(tree);
            case "stats" -> reports.stats(tree);
            default -> throw new IllegalArgumentException(kind);
        };
        return new Report<>(tei.revision(), body);
    }
}
