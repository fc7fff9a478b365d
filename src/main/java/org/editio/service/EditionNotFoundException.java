package org.editio.service;

/** No edition with that id, or none the caller may see. */
public class EditionNotFoundException extends RuntimeException {

    public EditionNotFoundException(String id) {
        super("No edition '" + id + "'");
    }

    protected EditionNotFoundException(String id, String message) {
        super(message);
    }
}
