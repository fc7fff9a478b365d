package org.editio.edit;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.editio.core.render.Stylesheets;
import org.editio.core.tei.RootElement;

/** Past revisions of an edition, rebuilt from the draft and the log ({@code xslt/edit/revision-at.xsl}). */
public final class RevisionRebuilder {

    private final XsltExecutable rebuild;

    public RevisionRebuilder(Processor processor) {
        this.rebuild = Stylesheets.compile(processor, "edit/revision-at.xsl");
    }

    /**
     * @param history the log with the draft, as read-history.xq returns it from revision {@code at + 1} on
     * @param logAt   the revision whose log the header shows: {@code at} for the text as it was, the
     *                draft's revision for a revert (a revert does not erase the record of what it undoes)
     * @return the TEI root element
     */
    public XdmNode at(XdmNode history, long at, long logAt) {
        try {
            Xslt30Transformer t = rebuild.load30();
            t.setGlobalContextItem(history);
            t.setStylesheetParameters(java.util.Map.of(
                    new QName("at"), new XdmAtomicValue(at),
                    new QName("log-at"), new XdmAtomicValue(logAt)));
            XdmDestination result = new XdmDestination();
            t.applyTemplates(history.getParent(), result);
            return RootElement.of(result.getXdmNode());
        } catch (SaxonApiException e) {
            throw new IllegalStateException("Cannot rebuild revision " + at + ": " + e.getMessage(), e);
        }
    }
}
