package org.editio.exist;

import java.util.List;

/**
 * The result of a conditional fragment write. STALE carries the current version and element, so that
 * a client can merge; MOVED means another fragment changed since validation, so validate again.
 * For a rejection, REVIEWED means the change was no longer pending, and UNRESOLVED that later
 * changes (in {@code later}) touched the same fragment.
 */
public record FragmentWrite(Status status, long revision, String version, String currentXml, List<Long> later) {

    public enum Status { STORED, STALE, MOVED, MISSING, NO_FRAGMENT, REVIEWED, UNRESOLVED }
}
