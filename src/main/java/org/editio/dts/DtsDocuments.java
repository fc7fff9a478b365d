package org.editio.dts;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.editio.core.dts.CitationTree;
import org.editio.core.tei.HardenedXmlParser;

/** Navigation in an edition's citation tree, and its passages as TEI (DTS Navigation and Document). */
@ApplicationScoped
public class DtsDocuments {

    /** The DTS namespace of 1.0 for the wrapper of passages. */
    public static final String DTS_NS = "https://w3id.org/api/dts#";

    @Inject
    HardenedXmlParser parser;

    /** The ref, start, end and member properties of a Navigation answer. */
    public Map<String, Object> navigate(CitationTree tree, String resource, String ref, String start, String end,
                                        String treeName, Integer down) {
        DtsNavigation.Range range = DtsNavigation.range(tree, resource, ref, start, end, treeName);
        return DtsNavigation.navigate(tree, range, down);
    }

    /** The whole TEI as stored, or the requested units inside {@code dts:wrapper} inside {@code TEI}. */
    public String document(DtsService.Text text, String resource, String ref, String start, String end, String treeName) {
        if (ref == null && start == null && end == null) {
            if (treeName != null) {
                DtsNavigation.range(text.citations(), resource, null, null, null, treeName);
            }
            return text.tei().xml();
        }
        DtsNavigation.Range range = DtsNavigation.range(text.citations(), resource, ref, start, end, treeName);
        StringBuilder xml = new StringBuilder("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><dts:wrapper xmlns:dts=\"")
                .append(DTS_NS).append("\">");
        for (CitationTree.Unit unit : DtsNavigation.fragments(text.citations(), range)) {
            xml.append(parser.serialize(unit.node()));
        }
        return xml.append("</dts:wrapper></TEI>").toString();
    }
}
