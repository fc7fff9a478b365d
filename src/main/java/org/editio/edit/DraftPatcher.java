package org.editio.edit;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.editio.core.render.Stylesheets;
import org.editio.core.tei.LineNumberedDestination;
import org.editio.core.tei.RootElement;

/**
 * The draft as a fragment edit would leave it ({@code xslt/edit/replace-fragment.xsl}), and the draft as edits
 * are validated against it ({@code xslt/edit/without-old-log.xsl}), compiled once.
 */
public final class DraftPatcher {

    private final XsltExecutable replace;
    private final XsltExecutable withoutOldLog;

    public DraftPatcher(Processor processor) {
        this.replace = Stylesheets.compile(processor, "edit/replace-fragment.xsl");
        this.withoutOldLog = Stylesheets.compile(processor, "edit/without-old-log.xsl");
    }

    /** The draft with only the newest entry of each list of the platform's log. */
    public XdmNode withoutOldLog(XdmNode draft) {
        try {
            XdmDestination result = new XdmDestination();
            withoutOldLog.load30().applyTemplates(draft, result);
            return RootElement.of(result.getXdmNode());
        } catch (SaxonApiException e) {
            throw new IllegalStateException("Cannot set the draft's log aside: " + e.getMessage(), e);
        }
    }

    /** The draft with the element (which keeps its xml:id) replaced, and the editor declared (as the storing query will). */
    public XdmNode replace(XdmNode draft, XdmNode element, Editor editor) {
        return replace(draft, List.of(element), editor.id(), editor.name());
    }

    /** The draft with each element replaced by the one of its xml:id; none may hold another. */
    public XdmNode replaceAll(XdmNode draft, Collection<XdmNode> elements) {
        return replace(draft, elements, "", "");
    }

    private XdmNode replace(XdmNode draft, Collection<XdmNode> elements, String userId, String userName) {
        try {
            Xslt30Transformer t = replace.load30();
            t.setGlobalContextItem(draft);
            t.setStylesheetParameters(Map.of(
                    new QName("replacements"), new XdmValue(elements),
                    new QName("user-id"), new XdmAtomicValue(userId),
                    new QName("user-name"), new XdmAtomicValue(userName)));
            // The element keeps the lines it was sent with, for the findings of validating it.
            XdmDestination result = new LineNumberedDestination();
            t.applyTemplates(draft, result);
            return result.getXdmNode();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("Cannot apply the edit to the draft: " + e.getMessage(), e);
        }
    }
}
