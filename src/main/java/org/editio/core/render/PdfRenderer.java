package org.editio.core.render;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.xml.sax.ContentHandler;

/**
 * The TEI as a printed book: {@code xslt/fo/edition.xsl} makes XSL-FO, which Saxon streams as SAX
 * events straight into Apache FOP (no FO document in memory). Fonts and hyphenation come from
 * {@code xslt/fo/fop.xconf}. Compiled and configured once; each call renders independently.
 */
public final class PdfRenderer {

    private static final QName XML_LANG = new QName("xml", "http://www.w3.org/XML/1998/namespace", "lang");

    private final XsltExecutable fo;
    private final FopFactory fop;

    public PdfRenderer(Processor processor) {
        this.fo = Stylesheets.compile(processor, "fo/edition.xsl");
        this.fop = fopFactory();
    }

    public byte[] render(XdmNode tei) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 20);
        render(tei, pdf);
        return pdf.toByteArray();
    }

    /** One pass: the index lists each page once through {@link IndexPageRuns}, as it reaches FOP. */
    public void render(XdmNode tei, OutputStream pdf) {
        HyphenationMemo.install(fop, language(tei));
        try {
            Xslt30Transformer transformer = fo.load30();
            transformer.setGlobalContextItem(tei);
            transformer.applyTemplates(tei, new SAXDestination(input(fop.newFop(MimeConstants.MIME_PDF, fop.newFOUserAgent(), pdf))));
        } catch (SaxonApiException | FOPException e) {
            throw new RenderException("The print edition cannot be made from this document: " + e.getMessage(), e);
        }
    }

    /** The book's language, as xslt/fo/edition.xsl gives it to FOP: the root's xml:lang, else English. */
    static String language(XdmNode tei) {
        for (XdmNode child : tei.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                String lang = child.getAttributeValue(XML_LANG);
                return lang == null || lang.isBlank() ? "en" : lang;
            }
        }
        return "en";
    }

    /** The XSL-FO, for tests and for benchmarking FOP on its own. */
    public XsltExecutable stylesheet() {
        return fo;
    }

    public FopFactory factory() {
        return fop;
    }

    /** Where the print edition's XSL-FO goes into FOP: through {@link IndexPageRuns}, which the index needs. */
    public static ContentHandler input(Fop renderer) throws FOPException {
        return IndexPageRuns.input(renderer);
    }

    private static FopFactory fopFactory() {
        URL config = PdfRenderer.class.getClassLoader().getResource("xslt/fo/fop.xconf");
        if (config == null) {
            throw new IllegalStateException("xslt/fo/fop.xconf is not on the class path");
        }
        try (InputStream in = config.openStream()) {
            URI base = config.toURI();
            FopFactory factory = new FopConfParser(in, base).getFopFactoryBuilder().build();
            factory.getElementMappingRegistry().addElementMapping(new IndexPageRunsMapping());
            return factory;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot configure FOP from " + config + ": " + e.getMessage(), e);
        }
    }
}
