package org.editio.core.tei;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XdmNode;

/** Facts read from a TEI header. */
public final class TeiHeaderInfo {

    private final XPathExecutable title;

    public TeiHeaderInfo(Processor processor) {
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("tei", TeiNames.TEI_NS);
        try {
            title = xpath.compile("normalize-space((//tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title)[1])");
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first title of the title statement, whitespace-normalized; empty if there is none. */
    public String title(XdmNode document) {
        try {
            var selector = title.load();
            selector.setContextItem(document);
            return selector.evaluateSingle().getStringValue();
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }
}
