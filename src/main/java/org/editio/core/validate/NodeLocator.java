package org.editio.core.validate;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;

/**
 * Turns an SVRL location (an XPath such as {@code /Q{ns}TEI[1]/Q{ns}text[1]/text()[2]}) back into a
 * line and column of the parsed tree. A node without a position of its own in Saxon's tree (an
 * attribute, usually a text node) reports that of its nearest ancestor that has one.
 */
final class NodeLocator {

    private static final int[] UNKNOWN = {-1, -1};

    private final Processor processor;
    private final XdmNode document;

    NodeLocator(Processor processor, XdmNode document) {
        this.processor = processor;
        this.document = document;
    }

    /** {line, column}, or {-1, -1} when the location cannot be resolved. */
    int[] position(String location) {
        if (location == null || location.isBlank()) {
            return UNKNOWN;
        }
        try {
            // The location is produced by our own compiled Schematron (path()), not by the document.
            XdmItem item = processor.newXPathCompiler().evaluateSingle(location, document);
            XdmNode node = item instanceof XdmNode n ? n : null;
            while (node != null && node.getLineNumber() <= 0) {
                node = node.getParent();
            }
            return node == null ? UNKNOWN : new int[] {node.getLineNumber(), node.getColumnNumber()};
        } catch (SaxonApiException | RuntimeException e) {
            return UNKNOWN;
        }
    }
}
