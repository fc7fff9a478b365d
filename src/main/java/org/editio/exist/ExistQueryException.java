package org.editio.exist;

/** eXist-db refused a query (an XQuery or permission error). A bug or a misconfiguration, never user input. */
public class ExistQueryException extends RuntimeException {

    private final int status;

    public ExistQueryException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
