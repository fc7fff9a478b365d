package org.editio.dts;

/** A DTS request that breaks the specification's rules for its parameters (400). */
public class DtsRequestException extends RuntimeException {

    public DtsRequestException(String message) {
        super(message);
    }
}
