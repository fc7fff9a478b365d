package org.editio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.editio.core.report.EditionReports;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.XmlLimits;

/** {@code report hands|apparatus|stats FILE}: JSON on standard output. */
final class ReportCommand {

    int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            throw new Main.UsageException("report needs hands|apparatus|stats and a FILE");
        }
        XdmNode tei = parse(new Processor(false), Path.of(args[1]));
        EditionReports reports = new EditionReports();
        Object report = switch (args[0]) {
            case "hands" -> reports.hands(tei);
            case "apparatus" -> reports.apparatus(tei);
            case "stats" -> reports.stats(tei);
            default -> throw new Main.UsageException("unknown report '" + args[0] + "'");
        };
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return 0;
    }

    static XdmNode parse(Processor processor, Path file) {
        try {
            return new HardenedXmlParser(processor, XmlLimits.DEFAULT).parseTei(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
