package org.editio.bench;

import java.io.StringReader;
import java.io.StringWriter;
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

    public static void main(String[] args) throws Exception {
        Processor processor = new Processor(false);
        HardenedXmlParser parser = new HardenedXmlParser(processor, new XmlLimits(1L << 30, 256));
        HtmlRenderer html = new HtmlRenderer(processor);
        XsltExecutable identity = processor.newXsltCompiler().compile(new StreamSource(new StringReader(IDENTITY)));
        System.out.println("| size | TEI | identity (floor) | HTML | ratio |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (int times : new int[] {1, 10, 100}) {
            String xml = Scaled.edition(Path.of("tei/trotsky-stalin.xml"), times);
            XdmNode tei = parser.parse(xml.getBytes(StandardCharsets.UTF_8));
            int runs = times == 100 ? 3 : times == 10 ? 5 : 15;
            double floor = median(runs, () -> transform(processor, identity, tei));
            double page = median(runs, () -> html.render(tei, HtmlRenderer.View.READING, HtmlRenderer.Links.STATIC_SITE));
            System.out.printf("| %dx | %.1f MB | %.0f ms | %.0f ms | %.2f |%n", times, xml.length() / 1e6, floor, page, page / floor);
        }
    }

    static String transform(Processor processor, XsltExecutable stylesheet, XdmNode tei) {
        try {
            Xslt30Transformer t = stylesheet.load30();
            StringWriter out = new StringWriter();
            t.applyTemplates(tei, processor.newSerializer(out));
            return out.toString();
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Median wall time in ms after two warm-up runs. */
    static double median(int runs, Supplier<String> work) {
        work.get();
        work.get();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            if (work.get().isEmpty()) {
                throw new IllegalStateException("empty output");
            }
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }
}
