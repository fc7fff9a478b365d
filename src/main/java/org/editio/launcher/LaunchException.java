package org.editio.launcher;

/** A failure the launcher explains to its user in one sentence, without a stack trace. */
public class LaunchException extends RuntimeException {

    public LaunchException(String message) {
        super(message);
    }

    public LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
