package org.editio.service;

/** A write came without the revision it was based on ({@code If-Match}). */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
