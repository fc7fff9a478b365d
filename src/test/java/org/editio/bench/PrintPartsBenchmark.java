package org.editio.bench;

import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.editio.core.render.PdfRenderer;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.XmlLimits;

/**
 * Where the print edition's time goes beyond the floor of {@link RenderBenchmark}: FOP alone on the
 * edition's XSL-FO (made once; through the index's filter, as the service renders it), and on copies of
 * it with one feature taken out, run in turns; and the stylesheet alone. The differences are what each
 * feature costs FOP. Run: bench/print-parts.sh
 */
public final class PrintPartsBenchmark {

    static final String FO_NS = "http://www.w3.org/1999/XSL/Format";

    /** Each variant: templates added to an identity transform of the book's FO. */
    static final Map<String, String> VARIANTS = new LinkedHashMap<>();

    static {
        VARIANTS.put("the print edition's FO", "");
        VARIANTS.put("ragged right, no hyphenation", """
                <xsl:template match="@text-align[. = 'justify']"><xsl:attribute name="text-align">start</xsl:attribute></xsl:template>
                <xsl:template match="@hyphenate"><xsl:attribute name="hyphenate">false</xsl:attribute></xsl:template>""");
        VARIANTS.put("no footnotes (notes, apparatus)", "<xsl:template match='fo:footnote'/>");
        VARIANTS.put("no running heads or folios", "<xsl:template match='fo:static-content'/>");
        VARIANTS.put("no index of persons", """
                <xsl:template match="fo:page-sequence[.//fo:block/@id = 'e-index']"/>
                <xsl:template match="fo:bookmark[@internal-destination = 'e-index']"/>""");
        VARIANTS.put("index without page citations", "<xsl:template match='fo:inline[@ix:mention]'/>");
        VARIANTS.put("no front matter, no bookmarks", """
                <xsl:template match="fo:page-sequence[@format = 'i']"/>
                <xsl:template match="fo:bookmark-tree"/>""");
    }

    public static void main(String[] args) throws Exception {
        org.editio.cli.Main.quietLibraries();
        Processor processor = new Processor(false);
        HardenedXmlParser parser = new HardenedXmlParser(processor, new XmlLimits(1L << 30, 256));
        XdmNode tei = parser.parse(Scaled.edition(Path.of("tei/trotsky-stalin.xml"), 1).getBytes(StandardCharsets.UTF_8));
        PdfRenderer pdf = new PdfRenderer(processor);
        // Once through the renderer, which puts its hyphenation memo in the factory, as the service has it.
        pdf.render(tei);
        XdmNode fo = foOf(pdf, tei);
        Map<String, XdmNode> books = new LinkedHashMap<>();
        for (var variant : VARIANTS.entrySet()) {
            books.put(variant.getKey(), without(processor, fo, variant.getValue()));
        }
        Map<String, List<Double>> times = new LinkedHashMap<>();
        int warmUps = 5;
        for (int round = 0; round < warmUps + 11; round++) {
            for (var book : books.entrySet()) {
                double ms = RenderBenchmark.timed(() -> fop(processor, pdf.factory(), book.getValue()));
                if (round >= warmUps) {
                    times.computeIfAbsent(book.getKey(), k -> new ArrayList<>()).add(ms);
                }
            }
        }
        List<Double> xslt = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            double ms = RenderBenchmark.timed(() -> {
                foOf(pdf, tei);
                return new byte[1];
            });
            if (i >= 10) {
                xslt.add(ms);
            }
        }
        double full = median(times.get("the print edition's FO"));
        System.out.println("| FOP on | median | difference |");
        System.out.println("|---|---:|---:|");
        for (var entry : times.entrySet()) {
            double ms = median(entry.getValue());
            System.out.printf("| %s | %.0f ms | %+.0f ms |%n", entry.getKey(), ms, ms - full);
        }
        System.out.printf("%nThe stylesheet alone (xslt/fo/edition.xsl to a tree): %.0f ms%n", median(xslt));
    }

    static XdmNode foOf(PdfRenderer pdf, XdmNode tei) {
        try {
            XdmDestination fo = new XdmDestination();
            Xslt30Transformer t = pdf.stylesheet().load30();
            t.setGlobalContextItem(tei);
            t.applyTemplates(tei, fo);
            return fo.getXdmNode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static XdmNode without(Processor processor, XdmNode fo, String templates) throws Exception {
        String stylesheet = "<xsl:stylesheet version='3.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'"
                + " xmlns:fo='" + FO_NS + "' xmlns:ix='http://editio.org/ns/fop-index'>"
                + "<xsl:mode on-no-match='shallow-copy'/>" + templates + "</xsl:stylesheet>";
        XdmDestination result = new XdmDestination();
        processor.newXsltCompiler().compile(new StreamSource(new StringReader(stylesheet))).load30()
                .applyTemplates(fo, result);
        return result.getXdmNode();
    }

    static byte[] fop(Processor processor, FopFactory factory, XdmNode fo) {
        try {
            Fop fop = factory.newFop(MimeConstants.MIME_PDF, factory.newFOUserAgent(), OutputStream.nullOutputStream());
            processor.writeXdmValue(fo, new SAXDestination(PdfRenderer.input(fop)));
            return new byte[1];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
