package org.editio.core.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/** A tree as SAX events (elements, attributes, text), each located at its own node where that is wanted. */
final class NodeEvents implements Locator {

    private final ContentHandler handler;
    private final Predicate<XdmNode> located;
    private int line = -1;
    private int column = -1;

    NodeEvents(ContentHandler handler, Predicate<XdmNode> located) {
        this.handler = handler;
        this.located = located;
    }

    void document(XdmNode document) throws SAXException {
        handler.setDocumentLocator(this);
        handler.startDocument();
        for (XdmNode child : document.children()) {
            node(child);
        }
        handler.endDocument();
    }

    private void node(XdmNode node) throws SAXException {
        if (node.getNodeKind() == XdmNodeKind.TEXT) {
            at(node);
            char[] text = node.getStringValue().toCharArray();
            handler.characters(text, 0, text.length);
        } else if (node.getNodeKind() == XdmNodeKind.ELEMENT) {
            QName name = node.getNodeName();
            AttributesImpl attributes = new AttributesImpl();
            for (XdmNode attribute : node.select(Steps.attribute()).toList()) {
                QName a = attribute.getNodeName();
                attributes.addAttribute(a.getNamespaceUri().toString(), a.getLocalName(), a.toString(), "CDATA",
                        attribute.getStringValue());
            }
            List<String> declared = declarations(node);
            for (int i = 0; i < declared.size(); i += 2) {
                handler.startPrefixMapping(declared.get(i), declared.get(i + 1));
            }
            at(node);
            handler.startElement(name.getNamespaceUri().toString(), name.getLocalName(), name.toString(), attributes);
            for (XdmNode child : node.children()) {
                node(child);
            }
            at(node);
            handler.endElement(name.getNamespaceUri().toString(), name.getLocalName(), name.toString());
            for (int i = 0; i < declared.size(); i += 2) {
                handler.endPrefixMapping(declared.get(i));
            }
        }
    }

    /** Prefix and URI, in turn, of each namespace in scope here and not on the parent element. */
    private static List<String> declarations(XdmNode element) {
        Map<String, String> inherited = new HashMap<>();
        XdmNode parent = element.getParent();
        if (parent != null && parent.getNodeKind() == XdmNodeKind.ELEMENT) {
            for (XdmNode ns : parent.select(Steps.namespace()).toList()) {
                inherited.put(ns.getNodeName() == null ? "" : ns.getNodeName().getLocalName(), ns.getStringValue());
            }
        }
        List<String> declared = new ArrayList<>();
        for (XdmNode ns : element.select(Steps.namespace()).toList()) {
            String prefix = ns.getNodeName() == null ? "" : ns.getNodeName().getLocalName();
            if (!prefix.equals("xml") && !ns.getStringValue().equals(inherited.get(prefix))) {
                declared.add(prefix);
                declared.add(ns.getStringValue());
            }
        }
        return declared;
    }

    private void at(XdmNode node) {
        boolean own = located.test(node);
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
