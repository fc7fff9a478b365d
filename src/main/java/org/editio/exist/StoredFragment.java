package org.editio.exist;

/** One element of the working draft: its version, the draft revision it was read at, and its XML. */
public record StoredFragment(String xmlId, String version, long revision, String xml) {
}
