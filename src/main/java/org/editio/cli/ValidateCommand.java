package org.editio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.editio.core.validate.TeiValidator;
import org.editio.core.validate.ValidationMessage;

/** {@code validate FILE...}: project schema and Schematron; file:line:col messages; exit 1 when any file is invalid. */
final class ValidateCommand {

    int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            throw new Main.UsageException("validate needs at least one FILE");
        }
        // The schemas live in the project; the launcher script says where that is.
        TeiValidator validator = TeiValidator.forProject(Path.of(System.getProperty("editio.project", "")));
        boolean allValid = true;
        for (String name : args) {
            List<ValidationMessage> messages;
            try {
                messages = validator.validate(Path.of(name));
            } catch (IOException e) {
                err.println(name + ": cannot read: " + e.getMessage());
                allValid = false;
                continue;
            }
            messages.forEach(m -> out.println(m.format()));
            if (TeiValidator.isValid(messages)) {
                err.println(name + ": valid");
            } else {
                allValid = false;
            }
        }
        return allValid ? 0 : 1;
    }
}
