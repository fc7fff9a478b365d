package org.editio.core.render;

/** A document the stylesheets cannot present; the message says why (never a blank page). */
public class RenderException extends RuntimeException {

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
