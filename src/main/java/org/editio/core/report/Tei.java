package org.editio.core.report;

import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.editio.core.tei.TeiNames;

/** Small navigation helpers over TEI trees. */
final class Tei {

    private Tei() {
    }

    static String localName(XdmNode element) {
        return element.getNodeName() == null ? "" : element.getNodeName().getLocalName();
    }

    static boolean isTei(XdmNode node, String localName) {
        return node.getNodeKind() == XdmNodeKind.ELEMENT && TeiNames.TEI_NS.equals(node.getNodeName().getNamespace())
                && node.getNodeName().getLocalName().equals(localName);
    }

    /** The first descendant-or-self TEI element of that name, in document order. */
    static XdmNode first(XdmNode node, String localName) {
        if (isTei(node, localName)) {
            return node;
        }
        for (XdmNode child : node.children()) {
            XdmNode found = first(child, localName);
            if (found != null) {
                return found;
            }
        }
        if (node.getParent() == null && node.getNodeKind() == XdmNodeKind.DOCUMENT) {
            throw new IllegalArgumentException("No <" + localName + "> in this TEI document");
        }
        return null;
    }

    static boolean hasAncestor(XdmNode node, String localName) {
        for (XdmNode a = node.getParent(); a != null; a = a.getParent()) {
            if (isTei(a, localName)) {
                return true;
            }
        }
        return false;
    }
}
