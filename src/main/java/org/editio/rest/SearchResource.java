package org.editio.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.editio.exist.EditionStore;
import org.editio.exist.SearchStore;
import org.editio.service.EditionIds;
import org.editio.service.EditionNotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Full-text search, with keyword-in-context snippets and links to the fragment and its place on the page. */
@Path("/api/search")
@PermitAll
@Tag(name = "Search", description = "Full-text search of the editions (eXist-db's Lucene index)")
public class SearchResource {

    @Inject
    SearchStore search;

    @Inject
    TextChoice texts;

    /** A hit with where to go: the element's fragment URL and its anchor in the reading view. */
    public record Hit(String edition, String fragment, String element, String hand, int matches,
                      String before, String match, String after, String fragmentUrl, String htmlUrl) {

        static Hit of(SearchStore.Hit h) {
            String base = "/api/editions/" + h.edition();
            return new Hit(h.edition(), h.fragment(), h.element(), h.hand(), h.matches(), h.before(), h.match(),
                    h.after(), h.fragment() == null ? null : base + "/fragments/" + h.fragment(),
                    base + "/html" + (h.fragment() == null ? "" : "#" + h.fragment()));
        }
    }

    public record Results(String q, long total, int page, int size, List<Hit> hits) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search the text",
            description = "Lucene syntax (words, \"phrases\", wildcards). Anonymous callers search the published text, "
                    + "readers the drafts. hand=LT counts only Trotsky's words, hand=CM only the editor's.")
    public Results search(@Parameter(example = "Orgburo") @QueryParam("q") String q,
                          @Parameter(example = "trotsky-stalin") @QueryParam("edition") String edition,
                          @Parameter(description = "LT or CM") @QueryParam("hand") String hand,
                          @QueryParam("text") String text,
                          @QueryParam("page") @DefaultValue("1") int page,
                          @QueryParam("size") @DefaultValue("20") int size) {
        if (q == null || q.isBlank() || q.length() > 500) {
            throw new BadRequestException("q must be 1 to 500 characters");
        }
        if (hand != null && !hand.isEmpty() && !hand.matches("LT|CM")) {
            throw new BadRequestException("hand must be LT or CM");
        }
        if (page < 1 || size < 1 || size > 100) {
            throw new BadRequestException("page must be 1 or more and size between 1 and 100");
        }
        if (edition != null && !edition.isEmpty() && !EditionIds.isValid(edition)) {
            throw new EditionNotFoundException(edition);
        }
        EditionStore.Text which = texts.choose(text);
        SearchStore.Hits hits = search.search(q.strip(), edition == null ? "" : edition, which,
                hand == null ? "" : hand, (page - 1) * size + 1, size);
        return new Results(q, hits.total(), page, size, hits.hits().stream().map(Hit::of).toList());
    }
}
