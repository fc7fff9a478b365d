package org.editio.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.editio.exist.EditionMeta;

/** One edition in {@code GET /api/editions}. Draft fields are left out for anonymous callers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EditionSummary(String id, String title, Long publishedRevision, Long draftRevision,
                             String modified, String modifiedBy, String tei, Boolean outsideProjectConventions) {

    static EditionSummary of(EditionMeta meta, boolean withDraft) {
        Long published = meta.publishedRevision().isPresent() ? meta.publishedRevision().getAsLong() : null;
        return new EditionSummary(meta.id(), meta.title(), published,
                withDraft ? meta.draftRevision() : null,
                withDraft ? meta.modified() : null,
                withDraft ? meta.modifiedBy() : null,
                "/api/editions/" + meta.id() + "/tei",
                meta.flagged() ? Boolean.TRUE : null);
    }
}
