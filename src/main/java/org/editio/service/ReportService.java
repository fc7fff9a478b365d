package org.editio.service;

import java.nio.charset.StandardCharsets;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import net.sf.saxon.s9api.XdmNode;
import org.editio.core.report.EditionReports;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.exist.EditionStore;

/** The core's reports for a stored edition; each revision is parsed once and its tree kept for every report. */
@ApplicationScoped
public class ReportService {

    @Inject
    EditionService editions;

    @Inject
    HardenedXmlParser parser;

    private final EditionReports reports = new EditionReports();
    private RevisionCache<XdmNode> trees;

    @PostConstruct
    void cache() {
        trees = new RevisionCache<>(editions, 8);
    }

    public Revised<?> report(String id, EditionStore.Text text, String kind) {
        Revised<XdmNode> tree = trees.get(id, text, "tree",
                tei -> parser.parseTei(tei.xml().getBytes(StandardCharsets.UTF_8)));
        Object body = switch (kind) {
            case "hands" -> reports.hands(tree.value());
            case "apparatus" -> reports.apparatus(tree.value());
            case "stats" -> reports.stats(tree.value());
            default -> throw new IllegalArgumentException(kind);
        };
        return new Revised<>(tree.revision(), body);
    }
}
