package org.editio.service;

/** The client edited an older revision than the current one; it must re-read and merge. */
public class StaleRevisionException extends RuntimeException {

    private final long currentRevision;

    public StaleRevisionException(long expected, long currentRevision) {
        super("Revision " + expected + " is stale; the current revision is " + currentRevision);
        this.currentRevision = currentRevision;
    }

    public long currentRevision() {
        return currentRevision;
    }
}
