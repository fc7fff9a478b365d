package org.editio.core.render;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamResult;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.render.intermediate.IFContext;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFException;
import org.apache.fop.render.intermediate.IFParser;
import org.apache.fop.render.intermediate.IFSerializer;
import org.apache.fop.render.intermediate.IFUtil;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The TEI as a printed book: {@code xslt/fo/edition.xsl} makes XSL-FO, which Saxon streams as SAX
 * events straight into Apache FOP (no FO document in memory), and FOP's layout and PDF output run on
 * threads of their own. Fonts and hyphenation come from
 * {@code xslt/fo/fop.xconf}. Compiled and configured once; each call renders independently.
 */
public final class PdfRenderer {

    private static final QName XML_LANG = new QName("xml", "http://www.w3.org/XML/1998/namespace", "lang");

    /** Threads for the layout and PDF stages of renders; daemons, so that the command line can exit. */
    private static final ExecutorService STAGES = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "editio-print-stage");
        thread.setDaemon(true);
        return thread;
    });

    private final XsltExecutable fo;
    private final FopFactory fop;
    private final LayoutFonts layoutFonts = new LayoutFonts();

    public PdfRenderer(Processor processor) {
        this.fo = Stylesheets.compile(processor, "fo/edition.xsl");
        this.fop = fopFactory();
    }

    public byte[] render(XdmNode tei) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 20);
        render(tei, pdf);
        return pdf.toByteArray();
    }

    /**
     * One pass, in three stages on their own threads, so that the stages overlap on two cores:
     * <ol>
     * <li>this thread runs the stylesheet, which writes XSL-FO;</li>
     * <li>FOP lays out the pages, into its intermediate format (IF): each page as positioned text, lines
     * and links; the index lists each page once through {@link IndexPageRuns}, as it reaches FOP;</li>
     * <li>FOP's PDF output turns the IF into PDF (fonts, text drawing, compression).</li>
     * </ol>
     * FOP's own PDF output takes this path from layout to PDF inside one thread, so the book is the same:
     * the pages are pixel for pixel alike; only the numbering of the glyphs in the embedded fonts differs.
     */
    public void render(XdmNode tei, OutputStream pdf) {
        HyphenationMemo.install(fop, language(tei));
        FOUserAgent layout = fop.newFOUserAgent();
        FontInfo fonts = null;
        try {
            IFDocumentHandler pdfLike = layout.getRendererFactory().createDocumentHandler(layout, MimeConstants.MIME_PDF);
            fonts = layoutFonts.borrow(pdfLike);
            try (SaxRelay pages = SaxRelay.to(pdfWriter(pdf), STAGES)) {
                IFSerializer intermediate = new PagesAsLaidOut(new IFContext(layout));
                intermediate.mimicDocumentHandler(LayoutFonts.laidOutWith(pdfLike, fonts));
                intermediate.setResult(new SAXResult(pages));
                layout.setDocumentHandlerOverride(intermediate);
                try (SaxRelay book = SaxRelay.to(input(fop.newFop(MimeConstants.MIME_FOP_IF, layout)), STAGES)) {
                    Xslt30Transformer transformer = fo.load30();
                    transformer.setGlobalContextItem(tei);
                    transformer.applyTemplates(tei, new SAXDestination(book));
                    book.finish();
                }
                pages.finish();
            }
        } catch (SaxonApiException | IFException | SAXException e) {
            throw new RenderException("The print edition cannot be made from this document: " + rootMessage(e), e);
        } finally {
            if (fonts != null) {
                layoutFonts.giveBack(fonts);
            }
        }
    }

    /** The first cause's message: a failure in a later stage comes wrapped once for each stage it passed. */
    private static String rootMessage(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : e.getMessage();
    }

    /** FOP's PDF output, fed with IF events: what FOP itself puts behind its page layout for PDF. */
    private ContentHandler pdfWriter(OutputStream pdf) throws FOPException, IFException {
        FOUserAgent agent = fop.newFOUserAgent();
        IFDocumentHandler writer = agent.getRendererFactory().createDocumentHandler(agent, MimeConstants.MIME_PDF);
        writer.setResult(new StreamResult(pdf));
        IFUtil.setupFonts(writer);
        return new AbsoluteLinkTargets(new IFParser().getContentHandler(writer, agent));
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
