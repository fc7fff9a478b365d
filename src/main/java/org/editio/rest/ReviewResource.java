package org.editio.rest;

import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.editio.core.tei.HardenedXmlParser;
import org.editio.edit.ReviewService;
import org.editio.exist.ChangeSummary;
import org.editio.exist.StoredChange;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One change in full, and reviewers' decisions on it. */
@Path("/api/editions/{id}/changes/{rev}")
@Tag(name = "Review", description = "Accept or reject each change, with a comment")
@SecurityRequirement(name = "keycloak")
public class ReviewResource {

    @Inject
    ReviewService reviews;

    @Inject
    Editors editors;

    @Inject
    HardenedXmlParser parser;

    /** A change with the element before and after it (serialized TEI; the whole TEI for a whole-text change). */
    public record ChangeView(ChangeSummary change, String before, String after) {
    }

    /** A decision's comment; for a rejection that later changes complicate, the element as it should be. */
    public record Decision(String comment, String resolution) {
    }

    @GET
    @RolesAllowed("reader")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A change in full, with the element before and after")
    public ChangeView change(@PathParam("id") String id, @PathParam("rev") long rev) {
        StoredChange change = reviews.change(id, rev);
        return new ChangeView(change.summary(), parser.serialize(change.before()), parser.serialize(change.after()));
    }

    @POST
    @Path("accept")
    @RolesAllowed("reviewer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept a pending change",
            description = "Recorded in the change log and in the TEI header (revisionDesc/change @status and @resp).")
    @APIResponse(responseCode = "204", description = "Accepted; the ETag is the draft's new revision")
    @APIResponse(responseCode = "409", description = "The change was already reviewed")
    public Response accept(@PathParam("id") String id, @PathParam("rev") long rev, Decision decision) {
        return Writes.revised(reviews.accept(id, rev, decision == null ? null : decision.comment(), editors.current()));
    }

    @POST
    @Path("reject")
    @RolesAllowed("reviewer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a pending change, reverting it",
            description = "The element goes back to its state before the change, as a new change of the reviewer's. "
                    + "If later changes touched it, the answer is 409 with their revisions: send 'resolution', the "
                    + "element as it should be.")
    @APIResponse(responseCode = "204", description = "Rejected and reverted; the ETag is the draft's new revision")
    @APIResponse(responseCode = "409", description = "Already reviewed, or later changes need a resolution")
    @APIResponse(responseCode = "422", description = "The reversal or resolution would leave the edition invalid")
    public Response reject(@PathParam("id") String id, @PathParam("rev") long rev, Decision decision) {
        String resolution = decision == null ? null : decision.resolution();
        return Writes.revised(reviews.reject(id, rev, decision == null ? null : decision.comment(),
                resolution == null ? null : resolution.getBytes(StandardCharsets.UTF_8), editors.current()));
    }
}
