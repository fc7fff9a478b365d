package org.editio.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.editio.core.render.HtmlRenderer;
import org.editio.exist.EditionStore;
import org.editio.service.RenderService;
import org.editio.service.Revised;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reading site of an edition, served; the ETag names the revision and the view. */
@Path("/api/editions/{id}")
@Tag(name = "Editions")
@PermitAll
public class RenderResource {

    @Inject
    RenderService render;

    @Inject
    TextChoice texts;

    @GET
    @Path("html")
    @Produces("text/html")
    @Operation(summary = "The edition as HTML: view=reading (corrections applied) or diplomatic (as transcribed)")
    public Response html(@PathParam("id") String id, @QueryParam("view") String view, @QueryParam("text") String text,
                         @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        HtmlRenderer.View chosen = view(view);
        EditionStore.Text which = texts.choose(text);
        String variant = chosen.name().toLowerCase();
        String etag = etag(which, render.revision(id, which), variant);
        if (etag.equals(ifNoneMatch)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        Revised<byte[]> page = render.html(id, which, chosen);
        return Response.ok(page.value(), "text/html;charset=UTF-8")
                .header(HttpHeaders.ETAG, etag(which, page.revision(), variant))
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    @Operation(summary = "The print edition as PDF (XSL-FO and Apache FOP), made once per revision")
    public Response pdf(@PathParam("id") String id, @QueryParam("text") String text,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        EditionStore.Text which = texts.choose(text);
        String etag = etag(which, render.revision(id, which), "pdf");
        if (etag.equals(ifNoneMatch)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        Revised<byte[]> book = render.pdf(id, which);
        return Response.ok(book.value(), "application/pdf")
                .header(HttpHeaders.ETAG, etag(which, book.revision(), "pdf"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + id + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
    }

    /** A representation's tag: which text, its revision, and the view or format, e.g. "draft.7.reading". */
    private static String etag(EditionStore.Text text, long revision, String variant) {
        return "\"" + text.name().toLowerCase() + "." + revision + "." + variant + "\"";
    }

    private static HtmlRenderer.View view(String view) {
        if (view == null || view.equals("reading")) {
            return HtmlRenderer.View.READING;
        }
        if (view.equals("diplomatic")) {
            return HtmlRenderer.View.DIPLOMATIC;
        }
        throw new BadRequestException("view must be reading or diplomatic");
    }
}
