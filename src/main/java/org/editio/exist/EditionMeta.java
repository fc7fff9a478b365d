package org.editio.exist;

import java.util.OptionalLong;

/**
 * What eXist-db keeps about an edition besides its text; {@code flagged}: imported TEI that does not follow
 * the project's conventions.
 */
public record EditionMeta(String id, String title, long draftRevision, OptionalLong publishedRevision,
                          String modified, String modifiedBy, boolean flagged) {
}
