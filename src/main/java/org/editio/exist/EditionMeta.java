package org.editio.exist;

import java.util.OptionalLong;

/** What eXist-db keeps about an edition besides its text. */
public record EditionMeta(String id, String title, long draftRevision, OptionalLong publishedRevision,
                          String modified, String modifiedBy) {
}
