package org.editio.core.validate;

/**
 * One finding of a validation, positioned like a compiler message so that an editor or a CI log
 * can jump to it.
 *
 * @param severity how bad it is; only {@link Severity#ERROR} makes a document invalid
 * @param source   which check found it: {@value #RNG}, {@value #SCHEMATRON}, or {@value #XML} when the
 *                 document could not be read at all (not well-formed, DOCTYPE, limits)
 * @param file     the name the caller gave the document (a path, or a label for bytes)
 * @param line     1-based line, or -1 when unknown
 * @param column   1-based column, or -1 when unknown
 * @param message  what is wrong, in the words of the schema or the Schematron rule
 * @param location XPath of the offending node (Schematron only), or {@code null}
 */
public record ValidationMessage(Severity severity, String source, String file, int line, int column,
                                String message, String location) {

    public static final String RNG = "rng";
    public static final String SCHEMATRON = "schematron";
    public static final String XML = "xml";

    /** Severity of a message; Schematron's {@code @role} maps onto it. */
    public enum Severity {
        ERROR, WARNING, INFO
    }

    public ValidationMessage(Severity severity, String source, String file, int line, int column, String message) {
        this(severity, source, file, line, column, message, null);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: error: [rng] message}, the form editors and CI logs understand. */
    public String format() {
        StringBuilder b = new StringBuilder(file == null ? "-" : file);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        b.append(": ").append(severity.name().toLowerCase()).append(": [").append(source).append("] ").append(message);
        return b.toString();
    }
}
