package org.editio.exist;

/** One revision of an edition's TEI, serialized as stored. */
public record StoredTei(String id, long revision, String xml) {
}
