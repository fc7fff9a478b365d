package org.editio.core.validate;

import net.sf.saxon.om.AttributeInfo;
import net.sf.saxon.om.NamespaceBinding;
import net.sf.saxon.om.NamespaceMap;
import net.sf.saxon.om.NamespaceUri;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.om.NodeName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.type.Type;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * A tree as SAX events (elements, attributes, text), each located at its own node inside one subtree
 * and nowhere outside it. Walks Saxon's nodes directly: every write's validation replays its context
 * this way, and the s9api wrappers and streams per node were a fifth of that replay's cost.
 */
final class NodeEvents implements Locator {

    private final ContentHandler handler;
    private final NodeInfo located;
    private int line = -1;
    private int column = -1;

    /** @param located the subtree whose events carry their own lines, or null for none */
    NodeEvents(ContentHandler handler, XdmNode located) {
        this.handler = handler;
        this.located = located == null ? null : located.getUnderlyingNode();
    }

    void document(XdmNode document) throws SAXException {
        handler.setDocumentLocator(this);
        handler.startDocument();
        for (NodeInfo child : document.getUnderlyingNode().children()) {
            node(child, NamespaceMap.emptyMap(), false);
        }
        handler.endDocument();
    }

    private void node(NodeInfo node, NamespaceMap inherited, boolean insideLocated) throws SAXException {
        boolean own = insideLocated || node.equals(located);
        if (node.getNodeKind() == Type.TEXT) {
            at(node, own);
            char[] text = node.getStringValue().toCharArray();
            handler.characters(text, 0, text.length);
        } else if (node.getNodeKind() == Type.ELEMENT) {
            AttributesImpl attributes = new AttributesImpl();
            for (AttributeInfo attribute : node.attributes()) {
                NodeName a = attribute.getNodeName();
                attributes.addAttribute(a.getURI(), a.getLocalPart(), a.getDisplayName(), "CDATA", attribute.getValue());
            }
            NamespaceMap namespaces = node.getAllNamespaces();
            // Trees share one map among elements with the same namespaces in scope: then nothing is declared here.
            boolean declares = namespaces != inherited;
            if (declares) {
                for (NamespaceBinding ns : namespaces) {
                    if (isDeclared(ns, inherited)) {
                        handler.startPrefixMapping(ns.getPrefix(), ns.getNamespaceUri().toString());
                    }
                }
            }
            at(node, own);
            handler.startElement(node.getURI(), node.getLocalPart(), node.getDisplayName(), attributes);
            for (NodeInfo child : node.children()) {
                node(child, namespaces, own);
            }
            at(node, own);
            handler.endElement(node.getURI(), node.getLocalPart(), node.getDisplayName());
            if (declares) {
                for (NamespaceBinding ns : namespaces) {
                    if (isDeclared(ns, inherited)) {
                        handler.endPrefixMapping(ns.getPrefix());
                    }
                }
            }
        }
    }

    /** True for a namespace in scope here that the parent element does not have (the xml namespace never). */
    private static boolean isDeclared(NamespaceBinding ns, NamespaceMap inherited) {
        if (ns.isXmlNamespace()) {
            return false;
        }
        NamespaceUri before = inherited.getURIForPrefix(ns.getPrefix(), true);
        return !ns.getNamespaceUri().equals(before);
    }

    private void at(NodeInfo node, boolean own) {
        line = own ? node.getLineNumber() : -1;
        column = own ? node.getColumnNumber() : -1;
    }

    @Override
    public String getPublicId() {
        return null;
    }

    @Override
    public String getSystemId() {
        return null;
    }

    @Override
    public int getLineNumber() {
        return line;
    }

    @Override
    public int getColumnNumber() {
        return column;
    }
}
