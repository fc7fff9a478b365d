package org.editio.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.editio.edit.FragmentService;
import org.editio.edit.HistoryService;
import org.editio.exist.ChangePage;
import org.editio.service.Revisions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The changes made to an edition's draft, past revisions, differences, and reverting. */
@Path("/api/editions/{id}")
@Tag(name = "History", description = "Every change: who, when, what, and its review status")
@SecurityRequirement(name = "keycloak")
public class HistoryResource {

    static final int MAX_PAGE_SIZE = 200;

    @Inject
    FragmentService fragments;

    @Inject
    HistoryService history;

    @Inject
    Editors editors;

    @GET
    @Path("history")
    @RolesAllowed("reader")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A page of the history", description = "Newest first. Pages count from 1; at most 200 changes a page.")
    public ChangePage history(@PathParam("id") String id,
                              @QueryParam("page") @DefaultValue("1") int page,
                              @QueryParam("size") @DefaultValue("50") int size,
                              @Parameter(description = "pending, accepted or rejected") @QueryParam("status") String status) {
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("page must be 1 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        if (status != null && !status.matches("pending|accepted|rejected")) {
            throw new BadRequestException("status must be pending, accepted or rejected");
        }
        return fragments.history(id, page, size, status);
    }

    @GET
    @Path("history/{rev}")
    @RolesAllowed("reader")
    @Produces({EditionResource.TEI_XML, MediaType.APPLICATION_XML})
    @Operation(summary = "The whole edition as it was at a revision")
    @APIResponse(responseCode = "404", description = "No such edition or revision")
    public Response at(@PathParam("id") String id, @PathParam("rev") long rev) {
        return Response.ok(history.at(id, rev), EditionResource.TEI_XML + ";charset=UTF-8")
                .header(HttpHeaders.ETAG, Revisions.etag(rev))
                .build();
    }

    @GET
    @Path("diff")
    @RolesAllowed("reader")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What changed between two revisions",
            description = "Each element that differs, as it was at 'from' and at 'to', with the revisions that changed it.")
    public HistoryService.Diff diff(@PathParam("id") String id,
                                    @QueryParam("from") Long from, @QueryParam("to") Long to) {
        if (from == null || to == null) {
            throw new BadRequestException("diff needs from and to (revisions)");
        }
        return history.diff(id, from, to);
    }

    @POST
    @Path("revert/{rev}")
    @RolesAllowed("editor")
    @Operation(summary = "Restore the text of a past revision, as a new change",
            description = "The log of changes in the TEI header is kept; the revert itself awaits review.")
    @APIResponse(responseCode = "204", description = "Reverted; the ETag is the draft's new revision")
    public Response revert(@PathParam("id") String id, @PathParam("rev") long rev) {
        return Writes.revised(history.revert(id, rev, editors.current()));
    }
}
