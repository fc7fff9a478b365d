package org.editio.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.RootElement;
import org.editio.core.tei.XmlIds;
import org.editio.core.tei.XmlLimits;
import org.editio.core.validate.TeiValidator;
import org.editio.edit.DraftPatcher;
import org.editio.edit.Editor;

/**
 * The service's own work on one fragment edit of the real edition, warm, in one JVM: substituting the
 * element into the draft, validating the result by its parts, and validating it whole (as before).
 * Run: bench/edit-validation.sh
 */
public final class EditValidationBenchmark {

    public static void main(String[] args) throws Exception {
        Processor saxon = new Processor(false);
        HardenedXmlParser parser = new HardenedXmlParser(saxon, XmlLimits.DEFAULT);
        XdmNode draft = parser.parse(Files.readAllBytes(Path.of("tei/trotsky-stalin.xml")));
        TeiValidator validator = new TeiValidator(saxon, XmlLimits.DEFAULT, Path.of(TeiValidator.PROJECT_RNG),
                Path.of(TeiValidator.PROJECT_SCHEMATRON));
        DraftPatcher patcher = new DraftPatcher(saxon);
        Editor editor = new Editor("importer", "Editio importer");
        String sent = parser.serialize(XmlIds.find(draft, "ch12-p30").orElseThrow()).replace("</p>", " more</p>");
        XdmNode element = RootElement.of(parser.parse(sent.getBytes(StandardCharsets.UTF_8)));
        XdmNode patched = patcher.replace(draft, element, editor);
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        System.out.println("| step (one paragraph of the real edition) | median |");
        System.out.println("|---|---:|");
        System.out.printf("| substitute the element (replace-fragment.xsl) | %.1f ms |%n",
                median(runs, () -> patcher.replace(draft, element, editor)));
        System.out.printf("| validate by parts (EditValidator) | %.1f ms |%n",
                median(runs, () -> validator.edits().validate(draft, element, "ch12-p30", "ch12-p30").orElseThrow()));
        System.out.printf("| validate whole (serialize, parse, RELAX NG, Schematron) | %.1f ms |%n",
                median(runs, () -> validator.validate(parser.serialize(patched).getBytes(StandardCharsets.UTF_8), "edition")));
    }

    /** Median time of the runs after as many warm-up runs. */
    static double median(int runs, Supplier<?> step) {
        for (int i = 0; i < runs; i++) {
            step.get();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            step.get();
            times.add(System.nanoTime() - t);
        }
        Collections.sort(times);
        return times.get(times.size() / 2) / 1e6;
    }
}
