package org.editio.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.editio.exist.StoredTei;
import org.editio.service.EditionService;
import org.editio.service.Revisions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/editions")
@Tag(name = "Editions", description = "Editions and their TEI")
public class EditionResource {

    public static final String TEI_XML = "application/tei+xml";

    @Inject
    EditionService editions;

    @Inject
    Editors editors;

    @Inject
    TextChoice texts;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List editions",
            description = "Anonymous callers see published editions; readers and above also see drafts.")
    public List<EditionSummary> list() {
        boolean drafts = texts.canReadDrafts();
        return editions.list(drafts).stream().map(m -> EditionSummary.of(m, drafts)).toList();
    }

    @GET
    @Path("{id}/tei")
    @PermitAll
    @Produces({TEI_XML, MediaType.APPLICATION_XML})
    @Operation(summary = "The TEI of an edition",
            description = "The published text for anonymous callers, the working draft for readers and above. "
                    + "The ETag is the revision; send it back in If-Match to edit.")
    @APIResponse(responseCode = "200", description = "The TEI document")
    @APIResponse(responseCode = "304", description = "Unchanged since the revision in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such edition, or not published")
    public Response tei(@PathParam("id") String id,
                        @Parameter(description = "draft or published; default depends on the caller")
                        @QueryParam("text") String text,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        StoredTei tei = editions.read(id, texts.choose(text));
        String etag = Revisions.etag(tei.revision());
        if (Revisions.parse(ifNoneMatch).orElse(-1) == tei.revision()) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        return Response.ok(tei.xml(), TEI_XML + ";charset=UTF-8")
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
    }

    @PUT
    @Path("{id}/tei")
    @RolesAllowed("editor")
    @Consumes({TEI_XML, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Replace the working draft",
            description = "Needs the role editor and If-Match with the revision the new text is based on. "
                    + "The document must be well-formed TEI without a DOCTYPE.")
    @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true, example = "\"1\"")
    @APIResponse(responseCode = "204", description = "Stored; the ETag is the new revision")
    @APIResponse(responseCode = "400", description = "Malformed or hostile XML, with line and column")
    @APIResponse(responseCode = "412", description = "Stale If-Match; the body holds the current revision")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response replace(@PathParam("id") String id,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            byte[] body) {
        long revision = editions.replaceDraft(id, ifMatch, body, editors.current());
        return Response.noContent().header(HttpHeaders.ETAG, Revisions.etag(revision)).build();
    }
}
