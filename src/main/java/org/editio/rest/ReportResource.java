package org.editio.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.editio.service.ReportService;
import org.editio.service.Revised;
import org.editio.service.Revisions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The hands, apparatus and statistics of a stored edition, as the command line gives them for a file. */
@Path("/api/editions/{id}")
@Tag(name = "Reports", description = "Hands, apparatus and statistics of an edition")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ReportResource {

    @Inject
    ReportService reports;

    @Inject
    TextChoice texts;

    @GET
    @Path("hands")
    @Operation(summary = "Segments of the text by hand (LT, CM), in reading order, as transcribed")
    public Response hands(@PathParam("id") String id, @QueryParam("text") String text) {
        return answer(reports.report(id, texts.choose(text), "hands"));
    }

    @GET
    @Path("apparatus")
    @Operation(summary = "Every correction: sic, corr, resp, cert, type and context")
    public Response apparatus(@PathParam("id") String id, @QueryParam("text") String text) {
        return answer(reports.report(id, texts.choose(text), "apparatus"));
    }

    @GET
    @Path("stats")
    @Operation(summary = "Words per hand, per chapter and part; counts of corrections, notes and quotations")
    public Response stats(@PathParam("id") String id, @QueryParam("text") String text) {
        return answer(reports.report(id, texts.choose(text), "stats"));
    }

    private static Response answer(Revised<?> report) {
        return Response.ok(report.value()).header(HttpHeaders.ETAG, Revisions.etag(report.revision())).build();
    }
}
