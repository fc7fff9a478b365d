package org.editio.core.render;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/** The TEI as HTML5 pages, by {@code xslt/html/edition.xsl}, compiled once and shared by threads. */
public final class HtmlRenderer {

    /** The two views of the reading site. */
    public enum View { READING, DIPLOMATIC }

    /** Assets the pages link to, served beside them. */
    public static final List<String> ASSETS = List.of("edition.css", "edition.js");

    /**
     * @param assets         prefix of the asset links, e.g. {@code assets/} or {@code /assets/}
     * @param readingHref    link to the reading view
     * @param diplomaticHref link to the diplomatic view
     */
    public record Links(String assets, String readingHref, String diplomaticHref) {
        public static final Links STATIC_SITE = new Links("assets/", "index.html", "diplomatic.html");
    }

    private final Processor processor;
    private final XsltExecutable html;

    public HtmlRenderer(Processor processor) {
        this.processor = processor;
        this.html = Stylesheets.compile(processor, "html/edition.xsl");
    }

    /** The page as UTF-8 HTML5 bytes. */
    public byte[] render(XdmNode tei, View view, Links links) {
        Xslt30Transformer transformer = html.load30();
        ByteArrayOutputStream out = new ByteArrayOutputStream(initialSize(tei));
        try {
            transformer.setStylesheetParameters(Map.of(
                    new QName("view"), new XdmAtomicValue(view.name().toLowerCase()),
                    new QName("assets"), new XdmAtomicValue(links.assets()),
                    new QName("reading-href"), new XdmAtomicValue(links.readingHref()),
                    new QName("diplomatic-href"), new XdmAtomicValue(links.diplomaticHref())));
            transformer.setGlobalContextItem(tei);
            transformer.applyTemplates(tei, Html5Serializer.to(processor, out));
        } catch (SaxonApiException e) {
            throw new RenderException("The HTML edition cannot be made from this document: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * Room for the page at once: about twice the TEI's text, which its markup roughly doubles. Growing a
     * buffer of tens of megabytes by doubling copies it over and over.
     */
    static int initialSize(XdmNode tei) {
        if (tei.getUnderlyingNode().getTreeInfo() instanceof net.sf.saxon.tree.tiny.TinyTree tree) {
            return (int) Math.min(1L << 26, Math.max(1 << 16, 2L * tree.getCharacterBuffer().length()));
        }
        return 1 << 16;
    }

    public static byte[] asset(String name) {
        if (!ASSETS.contains(name)) {
            throw new IllegalArgumentException("No asset " + name);
        }
        return Stylesheets.resource("html/assets/" + name);
    }
}
