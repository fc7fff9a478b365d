package org.editio.edit;

/** The draft kept changing under a write (other service instances writing): try again in a moment. */
public class EditionBusyException extends RuntimeException {

    public EditionBusyException(String edition, int attempts) {
        super("Edition '" + edition + "' changed under this edit " + attempts + " times in a row; nothing was stored, try again");
    }
}
