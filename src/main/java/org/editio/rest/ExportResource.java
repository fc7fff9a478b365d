package org.editio.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.editio.service.ExportService;
import org.editio.service.Revised;
import org.editio.service.Revisions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An edition for reuse elsewhere: TEI, ODD, schemas, the HTML site and the PDF in one zip. */
@Path("/api/editions/{id}/export.zip")
@PermitAll
@Tag(name = "Editions")
public class ExportResource {

    @Inject
    ExportService exports;

    @Inject
    TextChoice texts;

    @GET
    @Produces("application/zip")
    @Operation(summary = "The edition as a zip", description = "The published text for anonymous callers, the draft "
            + "for readers: TEI, schema/ (ODD, RELAX NG, Schematron), html/ (the reading site) and the PDF.")
    public Response export(@PathParam("id") String id, @QueryParam("text") String text) {
        Revised<byte[]> zip = exports.zip(id, texts.choose(text));
        return Response.ok(zip.value(), "application/zip")
                .header(HttpHeaders.ETAG, Revisions.etag(zip.revision()))
                .header("Content-Disposition", "attachment; filename=\"" + id + "-" + zip.revision() + ".zip\"")
                .build();
    }
}
