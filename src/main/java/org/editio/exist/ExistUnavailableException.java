package org.editio.exist;

/** eXist-db cannot be reached, or did not answer in time. The service answers 503. */
public class ExistUnavailableException extends RuntimeException {

    public ExistUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
