package org.editio.edit;

import java.util.List;
import java.util.Map;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.editio.core.render.Stylesheets;
import org.editio.core.tei.RootElement;

/**
 * The element a semantic edit makes of an element ({@code xslt/edit/mark-span.xsl} and
 * {@code operations.xsl}); an edit the stylesheets refuse (a span across a boundary, say) is an
 * {@link InvalidEditException} with their message.
 */
public final class SemanticEdits {

    private static final String XSLT_NS = "http://editio.org/ns/xslt";

    private final XsltExecutable markSpan;
    private final XsltExecutable operations;

    public SemanticEdits(Processor processor) {
        this.markSpan = Stylesheets.compile(processor, "edit/mark-span.xsl");
        this.operations = Stylesheets.compile(processor, "edit/operations.xsl");
    }

    /** Wraps characters {@code start} to {@code end} of the element's text in {@code wrapper}. */
    public XdmNode mark(XdmNode element, int start, int end, XdmNode wrapper) {
        return run(markSpan, null, element, Map.of(
                new QName("start"), new XdmAtomicValue(start),
                new QName("end"), new XdmAtomicValue(end),
                new QName("wrapper"), wrapper));
    }

    public XdmNode noteText(XdmNode element, String noteId, String text) {
        return run(operations, "note-text", element, Map.of(
                new QName("target"), new XdmAtomicValue(noteId),
                new QName("text"), new XdmAtomicValue(text)));
    }

    public XdmNode acceptCorrection(XdmNode element, String choiceId, String resp) {
        return run(operations, "accept-correction", element, Map.of(
                new QName("target"), new XdmAtomicValue(choiceId),
                new QName("resp"), new XdmAtomicValue(resp)));
    }

    public XdmNode rejectCorrection(XdmNode element, String choiceId) {
        return run(operations, "reject-correction", element, Map.of(
                new QName("target"), new XdmAtomicValue(choiceId)));
    }

    private static XdmNode run(XsltExecutable stylesheet, String mode, XdmNode element,
                               Map<QName, XdmValue> parameters) {
        try {
            Xslt30Transformer t = stylesheet.load30();
            t.setStylesheetParameters(parameters);
            t.setGlobalContextItem(element.getParent());
            if (mode != null) {
                t.setInitialMode(new QName(XSLT_NS, mode));
            }
            XdmDestination result = new XdmDestination();
            t.applyTemplates(element.getParent(), result);
            return RootElement.of(result.getXdmNode());
        } catch (SaxonApiException e) {
            if (e.getErrorCode() != null && XSLT_NS.equals(e.getErrorCode().getNamespaceURI())) {
                throw new InvalidEditException(e.getMessage(), List.of());
            }
            throw new IllegalStateException("A semantic edit failed: " + e.getMessage(), e);
        }
    }
}
