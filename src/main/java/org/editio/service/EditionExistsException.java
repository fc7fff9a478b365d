package org.editio.service;

/** An edition with that id exists already (409). */
public class EditionExistsException extends RuntimeException {

    public EditionExistsException(String id) {
        super("An edition '" + id + "' exists already; choose another id");
    }
}
