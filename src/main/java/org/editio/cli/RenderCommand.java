package org.editio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import net.sf.saxon.s9api.Processor;
import org.editio.core.render.HtmlRenderer;
import org.editio.core.render.PdfRenderer;
import org.editio.core.render.StaticSite;

/** {@code render html FILE -o DIR}: the reading site as static files; {@code render pdf FILE -o OUT.pdf}: the book. */
final class RenderCommand {

    int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 4 || !args[2].equals("-o")) {
            throw new Main.UsageException("render needs html FILE -o DIR, or pdf FILE -o OUT.pdf");
        }
        Path file = Path.of(args[1]);
        Path target = Path.of(args[3]);
        Processor processor = new Processor(false);
        try {
            switch (args[0]) {
                case "html" -> {
                    new StaticSite(new HtmlRenderer(processor)).write(ReportCommand.parse(processor, file), target);
                    out.println(target.resolve("index.html"));
                }
                case "pdf" -> {
                    byte[] pdf = new PdfRenderer(processor).render(ReportCommand.parse(processor, file));
                    java.nio.file.Files.write(target, pdf);
                    out.println(target);
                }
                default -> throw new Main.UsageException("unknown format '" + args[0] + "'");
            }
        } catch (IOException e) {
            err.println("editio: cannot write " + target + ": " + e.getMessage());
            return 1;
        }
        return 0;
    }
}
