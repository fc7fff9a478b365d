package org.editio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import net.sf.saxon.s9api.Processor;
import org.editio.core.render.HtmlRenderer;
import org.editio.core.render.StaticSite;

/** {@code render html FILE -o DIR}: the reading site as static files. */
final class RenderCommand {

    int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 4 || !args[2].equals("-o")) {
            throw new Main.UsageException("render needs html FILE -o DIR");
        }
        Path file = Path.of(args[1]);
        Path target = Path.of(args[3]);
        if (!args[0].equals("html")) {
            throw new Main.UsageException("unknown format '" + args[0] + "'");
        }
        Processor processor = new Processor(false);
        try {
            new StaticSite(new HtmlRenderer(processor)).write(ReportCommand.parse(processor, file), target);
        } catch (IOException e) {
            err.println("editio: cannot write " + target + ": " + e.getMessage());
            return 1;
        }
        out.println(target.resolve("index.html"));
        return 0;
    }
}
