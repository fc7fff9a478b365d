package org.editio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.editio.core.importer.ImportOptions;
import org.editio.core.importer.Importer;
import org.editio.core.importer.SpellChecker;

/** {@code import SOURCE.txt -o OUT.xml}: warnings and the proposals' precision and recall go to stderr. */
final class ImportCommand {

    int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 3 || !args[1].equals("-o")) {
            throw new Main.UsageException("import needs SOURCE.txt -o OUT.xml");
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[2]);
        if (!Files.isReadable(source)) {
            err.println("editio: cannot read " + source);
            return 1;
        }
        Importer.Result result = new Importer(SpellChecker.loadDefault()).run(source, ImportOptions.beside(source));
        try {
            Files.writeString(target, result.tei(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("editio: cannot write " + target + ": " + e.getMessage());
            return 1;
        }
        result.warnings().forEach(w -> err.println(source + ":" + w));
        err.printf("%s: %d correction proposals%n", source, result.proposals().size());
        if (result.evaluation() != null) {
            Importer.Evaluation ev = result.evaluation();
            err.printf("%s: against %d reviewed corrections: precision %.3f, recall %.3f%n", source, ev.reviewed(),
                    ev.precision(), ev.recall());
        }
        out.println(target);
        return 0;
    }
}
