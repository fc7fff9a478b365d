package org.editio.exist;

/**
 * The result of a conditional fragment write. STALE carries the current version and element, so that
 * a client can merge; MOVED means another fragment changed since validation, so validate again.
 */
public record FragmentWrite(Status status, long revision, String version, String currentXml) {

    public enum Status { STORED, STALE, MOVED, MISSING, NO_FRAGMENT }
}
