package org.editio.exist;

/**
 * One element of the working draft: its version, the draft revision it was read at, its XML, and the
 * xml:id of the nearest element around it that has one ({@code container}, null at the top).
 */
public record StoredFragment(String xmlId, String version, long revision, String xml, String container) {
}
