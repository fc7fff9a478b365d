package org.editio.cli;

import java.io.PrintStream;

/** {@code validate FILE...}: file:line:col messages; exit 1 when any file is invalid. */
final class ValidateCommand {

    int run(String[] args, PrintStream out, PrintStream err) {
        throw new IllegalStateException("validate is not available yet");
    }
}
