package org.editio.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.editio.edit.FragmentService;
import org.editio.exist.ChangePage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The changes made to an edition's draft, newest first. */
@Path("/api/editions/{id}/history")
@Tag(name = "History", description = "Every change: who, when, what, and its review status")
@SecurityRequirement(name = "keycloak")
public class HistoryResource {

    static final int MAX_PAGE_SIZE = 200;

    @Inject
    FragmentService fragments;

    @GET
    @RolesAllowed("reader")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A page of the history", description = "Pages count from 1; at most 200 changes a page.")
    public ChangePage history(@PathParam("id") String id,
                              @QueryParam("page") @DefaultValue("1") int page,
                              @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("page must be 1 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        return fragments.history(id, page, size);
    }
}
