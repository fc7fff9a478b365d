package org.editio.exist;

/** The result of a conditional write: stored (with the new revision), stale or missing. */
public record WriteOutcome(Status status, long revision) {

    public enum Status { STORED, STALE, MISSING }
}
