package org.editio.bench;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.editio.core.render.HtmlRenderer;
import org.editio.core.render.PdfRenderer;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.XmlLimits;

/**
 * HTML rendering of the edition against the floor of a Saxon identity transform of the same TEI,
 * warm, side by side, at 1x, 10x and 100x the edition's size. Run: bench/render.sh
 */
public final class RenderBenchmark {

    static final String IDENTITY = """
            <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
              <xsl:mode on-no-match="shallow-copy"/>
            </xsl:stylesheet>""";

    /** The floor for PDF: every paragraph's text as a plain block, one page sequence per chapter, same fonts. */
    static final String MINIMAL_FO = """
            <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:tei="http://www.tei-c.org/ns/1.0">
              <xsl:template match="/">
                <fo:root font-family="Libertine" font-size="10.5pt">
                  <fo:layout-master-set>
                    <fo:simple-page-master master-name="p" page-width="156mm" page-height="234mm" margin="20mm">
                      <fo:region-body/>
                    </fo:simple-page-master>
                  </fo:layout-master-set>
                  <xsl:for-each select="//tei:body/tei:div">
                    <fo:page-sequence master-reference="p">
                      <fo:flow flow-name="xsl-region-body">
                        <xsl:for-each select=".//tei:p | .//tei:head">
                          <fo:block space-after="3pt"><xsl:value-of select="."/></fo:block>
                        </xsl:for-each>
                      </fo:flow>
                    </fo:page-sequence>
                  </xsl:for-each>
                </fo:root>
              </xsl:template>
            </xsl:stylesheet>""";

    /** Arguments: {@code html}, {@code pdf} or none (both). */
    public static void main(String[] args) throws Exception {
        org.editio.cli.Main.quietLibraries();
        java.util.Set<String> parts = args.length == 0 ? java.util.Set.of("html", "pdf") : java.util.Set.of(args);
        if (parts.contains("html")) {
            html();
        }
        if (parts.contains("pdf")) {
            pdf();
        }
    }

    static void pdf() throws Exception {
        Processor processor = new Processor(false);
        HardenedXmlParser parser = new HardenedXmlParser(processor, new XmlLimits(1L << 30, 256));
        PdfRenderer pdf = new PdfRenderer(processor);
        XsltExecutable minimal = processor.newXsltCompiler().compile(new StreamSource(new StringReader(MINIMAL_FO)));
        System.out.println();
        System.out.println("| size | minimal FO through FOP (floor) | print edition | ratio | pages | CPU: floor | CPU: edition | CPU ratio |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (int times : new int[] {1, 10, 100}) {
            XdmNode tei = parser.parse(Scaled.edition(Path.of("tei/trotsky-stalin.xml"), times).getBytes(StandardCharsets.UTF_8));
            int runs = times == 1 ? 21 : times == 10 ? 3 : 1;
            int warmUps = times == 1 ? 60 : times == 10 ? 3 : 1;
            for (int i = 0; i < warmUps; i++) {
                fop(processor, pdf, minimal, tei);
                pdf.render(tei);
            }
            byte[][] book = new byte[1][];
            double[] medians = alternating(runs, () -> fop(processor, pdf, minimal, tei), () -> book[0] = pdf.render(tei));
            double floor = medians[0];
            double full = medians[1];
            double floorCpu = medians[2];
            double fullCpu = medians[3];
            int pages;
            try (var doc = org.apache.pdfbox.Loader.loadPDF(book[0])) {
                pages = doc.getNumberOfPages();
            }
            System.out.printf("| %dx | %.0f ms | %.0f ms | %.2f | %d | %.0f ms | %.0f ms | %.2f |%n", times, floor, full,
                    full / floor, pages, floorCpu, fullCpu, fullCpu / floorCpu);
        }
    }

    static byte[] fop(Processor processor, PdfRenderer pdf, XsltExecutable minimal, XdmNode tei) {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            org.apache.fop.apps.Fop fop = pdf.factory().newFop(org.apache.fop.apps.MimeConstants.MIME_PDF,
                    pdf.factory().newFOUserAgent(), out);
            Xslt30Transformer t = minimal.load30();
            t.applyTemplates(tei, new net.sf.saxon.s9api.SAXDestination(fop.getDefaultHandler()));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }


    static void html() throws Exception {
        Processor processor = new Processor(false);
        HardenedXmlParser parser = new HardenedXmlParser(processor, new XmlLimits(1L << 30, 256));
        HtmlRenderer html = new HtmlRenderer(processor);
        XsltExecutable identity = processor.newXsltCompiler().compile(new StreamSource(new StringReader(IDENTITY)));
        System.out.println("| size | TEI | identity (floor) | HTML | ratio |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (int times : new int[] {1, 10, 100}) {
            String xml = Scaled.edition(Path.of("tei/trotsky-stalin.xml"), times);
            XdmNode tei = parser.parse(xml.getBytes(StandardCharsets.UTF_8));
            int runs = times == 100 ? 9 : times == 10 ? 31 : 101;
            int warmUps = times == 100 ? 5 : times == 10 ? 50 : 500;
            // Warm both together first, so that neither is measured before the JIT has compiled Saxon's hot paths.
            for (int i = 0; i < warmUps; i++) {
                transform(processor, identity, tei);
                html.render(tei, HtmlRenderer.View.READING, HtmlRenderer.Links.STATIC_SITE);
            }
            double[] medians = alternating(runs, () -> transform(processor, identity, tei),
                    () -> html.render(tei, HtmlRenderer.View.READING, HtmlRenderer.Links.STATIC_SITE));
            double floor = medians[0];
            double page = medians[1];
            System.out.printf("| %dx | %.1f MB | %.1f ms | %.1f ms | %.2f |%n", times, xml.length() / 1e6, floor, page, page / floor);
        }
    }

    /** Both sides write UTF-8 bytes, as the service sends them. */
    static byte[] transform(Processor processor, XsltExecutable stylesheet, XdmNode tei) {
        try {
            Xslt30Transformer t = stylesheet.load30();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 16);
            t.applyTemplates(tei, processor.newSerializer(out));
            return out.toByteArray();
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Median wall times in ms of the floor and of the edition, run one after the other in each round, so
     * that garbage collection and the JIT weigh on both alike; then the medians of the CPU time the whole
     * process used meanwhile (all threads, the JIT's and the collector's too), for work spread over cores.
     */
    static double[] alternating(int runs, Supplier<byte[]> floor, Supplier<byte[]> edition) {
        double[] floors = new double[runs];
        double[] editions = new double[runs];
        double[] floorCpus = new double[runs];
        double[] editionCpus = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpu = processCpuNanos();
            floors[i] = timed(floor);
            floorCpus[i] = (processCpuNanos() - cpu) / 1e6;
            cpu = processCpuNanos();
            editions[i] = timed(edition);
            editionCpus[i] = (processCpuNanos() - cpu) / 1e6;
        }
        for (double[] times : new double[][] {floors, editions, floorCpus, editionCpus}) {
            Arrays.sort(times);
        }
        return new double[] {floors[runs / 2], editions[runs / 2], floorCpus[runs / 2], editionCpus[runs / 2]};
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static double timed(Supplier<byte[]> work) {
        long t0 = System.nanoTime();
        if (work.get().length == 0) {
            throw new IllegalStateException("empty output");
        }
        return (System.nanoTime() - t0) / 1e6;
    }
}
