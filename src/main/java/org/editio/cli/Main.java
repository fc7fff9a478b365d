package org.editio.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * {@code ./editio import|validate|report …}: the command line over the same core as the service.
 * Exit codes: 0 success, 1 invalid input or failed check, 2 wrong usage.
 */
public final class Main {

    static final String USAGE = """
            Usage:
              ./editio import SOURCE.txt -o OUT.xml     transcription to TEI (curation files beside SOURCE are used)
              ./editio validate FILE...                 project schema and Schematron; file:line:col messages
              ./editio report hands|apparatus|stats FILE   JSON reports
              ./editio render html FILE -o DIR          the reading site as static files
              ./editio render pdf FILE -o OUT.pdf       the print edition (XSL-FO, Apache FOP)
              ./editio serve [options]                  run the platform (see ./editio serve --help)""";

    private Main() {
    }

    public static void main(String[] args) {
        quietLibraries();
        System.exit(run(args, System.out, System.err));
    }

    /** Held: java.util.logging keeps its loggers weakly, and with them their levels. */
    private static final java.util.logging.Logger FOP_LOG = java.util.logging.Logger.getLogger("org.apache.fop");

    /**
     * Without Quarkus, the logging on the service's class path enables every level, and FOP's line
     * breaker then formats trace messages that nobody sees: the book took four times as long. FOP's
     * INFO is a line per rendered page; warnings (a missing glyph, an overfull line) still show.
     */
    public static void quietLibraries() {
        System.setProperty("org.jboss.logging.provider", "jdk");
        FOP_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "import" -> new ImportCommand().run(rest, out, err);
                case "validate" -> new ValidateCommand().run(rest, out, err);
                case "report" -> new ReportCommand().run(rest, out, err);
                case "render" -> new RenderCommand().run(rest, out, err);
                case "help", "-h", "--help" -> {
                    out.println(USAGE);
                    yield 0;
                }
                default -> {
                    err.println("editio: unknown command '" + args[0] + "'\n" + USAGE);
                    yield 2;
                }
            };
        } catch (UsageException e) {
            err.println("editio: " + e.getMessage() + "\n" + USAGE);
            return 2;
        } catch (RuntimeException e) {
            err.println("editio: " + e.getMessage());
            return 1;
        }
    }

    /** Wrong arguments: the usage is printed with the message. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
