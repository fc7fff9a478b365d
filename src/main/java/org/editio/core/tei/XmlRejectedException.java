package org.editio.core.tei;

/**
 * Raised when a document is refused before anything is stored. Carries where the parser
 * stopped, so that a client can point its user at the offending line.
 */
public class XmlRejectedException extends RuntimeException {

    /** Why a document was refused; each reason maps to one HTTP status in the service. */
    public enum Reason {
        MALFORMED, FORBIDDEN_CONSTRUCT, TOO_LARGE, TOO_DEEP, NOT_TEI
    }

    private final Reason reason;
    private final int line;
    private final int column;

    public XmlRejectedException(Reason reason, String message, int line, int column) {
        super(message);
        this.reason = reason;
        this.line = line;
        this.column = column;
    }

    public XmlRejectedException(Reason reason, String message) {
        this(reason, message, -1, -1);
    }

    public Reason reason() {
        return reason;
    }

    /** 1-based line, or -1 when the problem has no position (e.g. a size limit). */
    public int line() {
        return line;
    }

    /** 1-based column, or -1 when the problem has no position. */
    public int column() {
        return column;
    }
}
