package org.editio.core.dts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.editio.core.tei.TeiNames;

/**
 * The citation tree of a TEI text for DTS: the divisions of the body (nested as they are), and in them
 * the paragraphs, stanzas and speeches. A unit is cited by its xml:id, or where it has none by its
 * parent's identifier and its position among its parent's units ("2", "2.3"). For this edition:
 * chapter, part, paragraph.
 */
public final class CitationTree {

    private static final QName XML_ID = TeiNames.XML_ID;
    private static final QName TYPE = new QName("type");
    private static final Map<String, String> LEAVES = Map.of("p", "paragraph", "lg", "stanza", "sp", "speech");

    /** A citable unit, in document order; {@code parent} is null at the top. */
    public record Unit(String identifier, int level, String parent, String citeType, String title, XdmNode node) {
    }

    /** A level of the citation structure: a type of unit and the types found inside it. */
    public record Structure(String citeType, List<Structure> children) {
    }

    private final List<Unit> units = new ArrayList<>();
    private final Map<String, Unit> byId = new LinkedHashMap<>();

    public CitationTree(XdmNode tei) {
        XdmNode root = org.editio.core.tei.RootElement.of(tei);
        // A corpus is cited through its first document; a TEI through its text's body.
        XdmNode text = child(root, "text");
        if (text == null && child(root, "TEI") != null) {
            text = child(child(root, "TEI"), "text");
        }
        XdmNode body = text == null ? null : child(text, "body");
        if (body != null) {
            collect(body, null, 1);
        }
    }

    public List<Unit> units() {
        return units;
    }

    public Optional<Unit> unit(String identifier) {
        return Optional.ofNullable(byId.get(identifier));
    }

    public int position(Unit unit) {
        return units.indexOf(unit);
    }

    /** The unit and all units inside it. */
    public List<Unit> subtree(Unit top) {
        List<Unit> result = new ArrayList<>();
        int at = position(top);
        result.add(top);
        for (int i = at + 1; i < units.size() && isInside(units.get(i), top); i++) {
            result.add(units.get(i));
        }
        return result;
    }

    public boolean isInside(Unit unit, Unit ancestor) {
        for (String p = unit.parent(); p != null; p = byId.get(p).parent()) {
            if (p.equals(ancestor.identifier())) {
                return true;
            }
        }
        return false;
    }

    /** The types of unit at each level, as DTS citeStructure: what is found inside what. */
    public List<Structure> structure() {
        Map<String, Set<String>> inside = new LinkedHashMap<>();
        Set<String> top = new LinkedHashSet<>();
        for (Unit u : units) {
            inside.computeIfAbsent(u.citeType(), t -> new LinkedHashSet<>());
            if (u.parent() == null) {
                top.add(u.citeType());
            } else {
                inside.computeIfAbsent(byId.get(u.parent()).citeType(), t -> new LinkedHashSet<>()).add(u.citeType());
            }
        }
        return top.stream().map(t -> structure(t, inside, new LinkedHashSet<>())).toList();
    }

    private static Structure structure(String type, Map<String, Set<String>> inside, Set<String> path) {
        path.add(type);
        List<Structure> children = inside.getOrDefault(type, Set.of()).stream()
                .filter(t -> !path.contains(t))
                .map(t -> structure(t, inside, new LinkedHashSet<>(path))).toList();
        return new Structure(type, children);
    }

    private void collect(XdmNode container, Unit parent, int level) {
        int position = 0;
        for (XdmNode child : container.children()) {
            if (child.getNodeKind() != XdmNodeKind.ELEMENT || !TeiNames.TEI_NS.equals(child.getNodeName().getNamespaceUri().toString())) {
                continue;
            }
            String name = child.getNodeName().getLocalName();
            boolean division = name.equals("div");
            if (division || LEAVES.containsKey(name)) {
                position++;
                String id = child.getAttributeValue(XML_ID);
                String identifier = id != null ? id : (parent == null ? "" : parent.identifier() + ".") + position;
                String type = division ? Optional.ofNullable(child.getAttributeValue(TYPE)).orElse("division") : LEAVES.get(name);
                Unit unit = new Unit(identifier, level, parent == null ? null : parent.identifier(), type,
                        division ? title(child) : null, child);
                if (byId.putIfAbsent(identifier, unit) == null) {
                    units.add(unit);
                }
                if (division) {
                    collect(child, unit, level + 1);
                }
            } else {
                // Units inside other elements (a paragraph of a quoted letter) belong to the nearest unit around.
                collect(child, parent, level);
            }
        }
    }

    private static String title(XdmNode div) {
        List<String> heads = new ArrayList<>();
        for (XdmNode head : div.children()) {
            if (isTei(head, "head")) {
                heads.add(head.getStringValue().replaceAll("\\s+", " ").strip());
            }
        }
        return heads.isEmpty() ? null : String.join(": ", heads);
    }

    private static XdmNode child(XdmNode parent, String localName) {
        for (XdmNode child : parent.children()) {
            if (isTei(child, localName)) {
                return child;
            }
        }
        return null;
    }

    private static boolean isTei(XdmNode node, String localName) {
        return node.getNodeKind() == XdmNodeKind.ELEMENT && localName.equals(node.getNodeName().getLocalName())
                && TeiNames.TEI_NS.equals(node.getNodeName().getNamespaceUri().toString());
    }
}
