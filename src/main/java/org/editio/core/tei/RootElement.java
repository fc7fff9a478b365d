package org.editio.core.tei;

import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/** Finds the document element of a parsed document. */
public final class RootElement {

    private RootElement() {
    }

    public static XdmNode of(XdmNode node) {
        if (node.getNodeKind() == XdmNodeKind.ELEMENT) {
            return node;
        }
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                return child;
            }
        }
        throw new IllegalArgumentException("Document has no element");
    }

    /** The first element inside an element (a wrapper of eXist-db's answers, say). */
    public static XdmNode firstChildOf(XdmNode parent) {
        for (XdmNode child : parent.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                return child;
            }
        }
        throw new IllegalArgumentException(parent.getNodeName() + " has no element inside");
    }
}
