package org.editio.dts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import net.sf.saxon.s9api.XdmNode;
import org.editio.core.dts.CitationTree;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.exist.EditionMeta;
import org.editio.exist.EditionStore;
import org.editio.exist.StoredTei;
import org.editio.service.EditionIds;
import org.editio.service.EditionNotFoundException;
import org.editio.service.EditionService;

/**
 * Distributed Text Services 1.0 over the editions: the collection of editions, each edition a Resource
 * with one citation tree ({@link CitationTree}), navigation in that tree, and documents or fragments of
 * them in TEI. Objects are built as ordered maps, written as JSON-LD with the DTS 1.0 context.
 */
@ApplicationScoped
public class DtsService {

    public static final String CONTEXT = "https://dtsapi.org/context/v1.0.json";
    public static final String VERSION = "1.0";
    public static final String ROOT = "editio";
    static final String BASE = "/api/dts";

    @Inject
    EditionService editions;

    @Inject
    HardenedXmlParser parser;

    /** An edition's text and its citation tree. */
    public record Text(EditionMeta meta, StoredTei tei, XdmNode tree, CitationTree citations) {
    }

    public Map<String, Object> entry() {
        Map<String, Object> entry = head(BASE, "EntryPoint");
        entry.put("collection", BASE + "/collection{?id,page,nav}");
        entry.put("navigation", BASE + "/navigation{?resource,ref,start,end,down,tree,page}");
        entry.put("document", BASE + "/document{?resource,ref,start,end,tree,mediaType}");
        return entry;
    }

    public Map<String, Object> root(List<EditionMeta> visible, boolean parents) {
        Map<String, Object> root = head(ROOT, "Collection");
        root.put("title", "Editio editions");
        root.put("description", "Critical editions in TEI P5, edited collaboratively in Editio");
        root.put("totalParents", 0);
        root.put("totalChildren", visible.size());
        root.put("collection", BASE + "/collection{?id,page,nav}");
        if (!parents) {
            List<Object> members = new ArrayList<>();
            for (EditionMeta meta : visible) {
                members.add(resourceSummary(meta));
            }
            root.put("member", members);
        } else {
            root.put("member", List.of());
        }
        return root;
    }

    public Map<String, Object> resource(Text text, boolean parents) {
        Map<String, Object> resource = resourceObject(text);
        resource.put("@context", CONTEXT);
        resource.put("dtsVersion", VERSION);
        if (parents) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("@id", ROOT);
            root.put("@type", "Collection");
            root.put("title", "Editio editions");
            root.put("totalParents", 0);
            root.put("totalChildren", 1);
            root.put("collection", BASE + "/collection?id=" + ROOT + "{&page,nav}");
            resource.put("member", List.of(root));
        }
        return reorder(resource);
    }

    /** The Resource object as Navigation embeds it: with its citation trees. */
    public Map<String, Object> resourceObject(Text text) {
        Map<String, Object> resource = resourceSummary(text.meta());
        resource.put("citationTrees", List.of(citationTree(text.citations())));
        resource.put("mediaTypes", List.of("application/tei+xml"));
        Map<String, Object> dc = new LinkedHashMap<>();
        dc.put("title", List.of(Map.of("lang", "en", "value", text.meta().title())));
        String author = author(text.tree());
        if (author != null && !author.isBlank()) {
            dc.put("creator", List.of(author));
        }
        resource.put("dublinCore", dc);
        return resource;
    }

    private Map<String, Object> resourceSummary(EditionMeta meta) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("@id", meta.id());
        resource.put("@type", "Resource");
        resource.put("title", meta.title());
        resource.put("totalParents", 1);
        resource.put("totalChildren", 0);
        resource.put("collection", BASE + "/collection?id=" + meta.id() + "{&page,nav}");
        resource.put("navigation", BASE + "/navigation?resource=" + meta.id() + "{&ref,start,end,down,tree,page}");
        resource.put("document", BASE + "/document?resource=" + meta.id() + "{&ref,start,end,tree,mediaType}");
        resource.put("download", "/api/editions/" + meta.id() + "/tei");
        return resource;
    }

    private static Map<String, Object> citationTree(CitationTree tree) {
        Map<String, Object> citation = new LinkedHashMap<>();
        citation.put("@type", "CitationTree");
        citation.put("citeStructure", tree.structure().stream().map(DtsService::citeStructure).toList());
        return citation;
    }

    private static Map<String, Object> citeStructure(CitationTree.Structure s) {
        Map<String, Object> structure = new LinkedHashMap<>();
        structure.put("@type", "CiteStructure");
        structure.put("citeType", s.citeType());
        if (!s.children().isEmpty()) {
            structure.put("citeStructure", s.children().stream().map(DtsService::citeStructure).toList());
        }
        return structure;
    }

    public static Map<String, Object> unit(CitationTree.Unit unit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("identifier", unit.identifier());
        json.put("@type", "CitableUnit");
        json.put("level", unit.level());
        json.put("parent", unit.parent());
        json.put("citeType", unit.citeType());
        if (unit.title() != null) {
            json.put("dublinCore", Map.of("title", List.of(Map.of("lang", "en", "value", unit.title()))));
        }
        return json;
    }

    /** An edition the caller may read, parsed, with its citation tree; 404 when there is none. */
    public Text text(String id, EditionStore.Text which) {
        EditionIds.require(id);
        EditionMeta meta = editions.list(which == EditionStore.Text.DRAFT).stream()
                .filter(m -> m.id().equals(id)).findFirst().orElseThrow(() -> new EditionNotFoundException(id));
        StoredTei tei = editions.read(id, which);
        XdmNode tree = parser.parse(tei.xml().getBytes(StandardCharsets.UTF_8));
        return new Text(meta, tei, tree, new CitationTree(tree));
    }

    static Map<String, Object> head(String id, String type) {
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("@context", CONTEXT);
        head.put("@id", id);
        head.put("@type", type);
        head.put("dtsVersion", VERSION);
        return head;
    }

    private static Map<String, Object> reorder(Map<String, Object> resource) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String key : List.of("@context", "@id", "@type", "dtsVersion")) {
            ordered.put(key, resource.get(key));
        }
        resource.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static String author(XdmNode tree) {
        return tree.select(net.sf.saxon.s9api.streams.Steps.descendant("http://www.tei-c.org/ns/1.0", "titleStmt"))
                .flatMap(t -> t.select(net.sf.saxon.s9api.streams.Steps.child("http://www.tei-c.org/ns/1.0", "author")))
                .map(a -> a.getStringValue().replaceAll("\\s+", " ").strip()).findFirst().orElse(null);
    }
}
