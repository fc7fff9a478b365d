package org.editio.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.editio.service.PublicationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Publishing a revision of the draft: what anonymous readers see from then on. */
@Path("/api/editions/{id}/publish")
@Tag(name = "Review")
@SecurityRequirement(name = "keycloak")
public class PublicationResource {

    @Inject
    PublicationService publications;

    @Inject
    Editors editors;

    @POST
    @RolesAllowed({"reviewer", "admin"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the draft",
            description = "With If-Match, only if the draft is still that revision. The answer says how many "
                    + "changes in it are still pending review.")
    @APIResponse(responseCode = "200", description = "Published")
    @APIResponse(responseCode = "412", description = "The draft is no longer the revision in If-Match")
    public PublicationService.Publication publish(@PathParam("id") String id,
                                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return publications.publish(id, ifMatch, editors.current());
    }
}
