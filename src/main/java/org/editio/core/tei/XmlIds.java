package org.editio.core.tei;

import java.util.Optional;

import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.s9api.XdmNode;

/** The element of a tree that has an xml:id, found through Saxon's index of identifiers (built once per tree). */
public final class XmlIds {

    private XmlIds() {
    }

    /** @param tree any node of the tree to search */
    public static Optional<XdmNode> find(XdmNode tree, String xmlId) {
        NodeInfo found = tree.getUnderlyingNode().getTreeInfo().selectID(xmlId, false);
        return found == null ? Optional.empty() : Optional.of(new XdmNode(found));
    }
}
