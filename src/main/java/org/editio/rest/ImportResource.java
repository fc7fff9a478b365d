package org.editio.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.editio.service.ImportReport;
import org.editio.service.ImportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** New editions from TEI made elsewhere: one document, or a zip of documents. */
@Path("/api/editions")
@Tag(name = "Editions")
@SecurityRequirement(name = "keycloak")
public class ImportResource {

    static final String ZIP = "application/zip";

    @Inject
    ImportService imports;

    @Inject
    Editors editors;

    @POST
    @RolesAllowed("admin")
    @Consumes({EditionResource.TEI_XML, MediaType.APPLICATION_XML, MediaType.TEXT_XML, ZIP})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create editions from TEI P5",
            description = "One TEI document (its edition id from 'id' or from its title), or a zip whose .xml "
                    + "documents each become an edition named after the file. Every document must be TEI P5 "
                    + "(tei_all); one that does not follow this project's conventions is stored and flagged. "
                    + "The report lists every finding with line and column.")
    @APIResponse(responseCode = "201", description = "Stored; one report per document")
    @APIResponse(responseCode = "400", description = "Malformed or hostile XML, or an unusable zip")
    @APIResponse(responseCode = "409", description = "An edition with that id exists")
    @APIResponse(responseCode = "413", description = "Too large")
    @APIResponse(responseCode = "422", description = "Not TEI P5; nothing stored; the report says why")
    public Response create(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @Parameter(description = "the new edition's id", example = "shakespeare-sonnets")
                           @QueryParam("id") String id,
                           byte[] body) {
        boolean zip = contentType != null && contentType.startsWith(ZIP);
        List<ImportReport> reports = imports.importDocuments(body, zip, id, editors.current());
        return Response.created(URI.create("/api/editions/" + reports.get(0).edition()))
                .entity(reports).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
