package org.editio.rest;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.editio.dts.DtsDocuments;
import org.editio.dts.DtsRequestException;
import org.editio.dts.DtsService;
import org.editio.exist.EditionStore;
import org.editio.service.EditionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Distributed Text Services 1.0 (https://dtsapi.org/specifications/): Entry, Collection, Navigation and
 * Document. Anonymous callers see published editions; readers see drafts.
 */
@Path("/api/dts")
@PermitAll
@Tag(name = "DTS", description = "Distributed Text Services 1.0: collections, citation trees and TEI passages")
public class DtsResource {

    static final String JSON_LD = "application/ld+json";

    @Inject
    DtsService dts;

    @Inject
    DtsDocuments documents;

    @Inject
    EditionService editions;

    @Inject
    TextChoice texts;

    @Inject
    ObjectMapper json;

    @GET
    @Operation(summary = "DTS Entry endpoint", description = "URI templates of the three endpoints.")
    public Response entry() {
        return jsonLd(dts.entry());
    }

    @GET
    @Path("collection")
    @Operation(summary = "DTS Collection endpoint",
            description = "Without id, the collection of all editions; with an edition's id, that Resource.")
    public Response collection(@Parameter(example = "trotsky-stalin") @QueryParam("id") String id,
                               @QueryParam("page") Integer page,
                               @Parameter(description = "children (default) or parents") @QueryParam("nav") String nav) {
        if (nav != null && !nav.equals("children") && !nav.equals("parents")) {
            throw new DtsRequestException("nav must be children or parents");
        }
        if (page != null && page != 1) {
            throw new org.editio.dts.DtsNotFoundException(String.valueOf(id), "This collection has one page");
        }
        boolean parents = "parents".equals(nav);
        EditionStore.Text which = texts.choose(null);
        if (id == null || id.equals(DtsService.ROOT)) {
            return jsonLd(dts.root(editions.list(which == EditionStore.Text.DRAFT), parents));
        }
        return jsonLd(dts.resource(dts.text(id, which), parents));
    }

    @GET
    @Path("navigation")
    @Operation(summary = "DTS Navigation endpoint",
            description = "Citable units of an edition: chapters, parts and paragraphs (by xml:id).")
    public Response navigation(@Parameter(example = "trotsky-stalin") @QueryParam("resource") String resource,
                               @Parameter(example = "ch12") @QueryParam("ref") String ref,
                               @QueryParam("start") String start, @QueryParam("end") String end,
                               @Parameter(example = "1") @QueryParam("down") Integer down,
                               @QueryParam("tree") String tree, @QueryParam("page") Integer page,
                               @Context UriInfo uri) {
        requireResource(resource);
        DtsService.Text text = dts.text(resource, texts.choose(null));
        Map<String, Object> navigation = new java.util.LinkedHashMap<>();
        navigation.put("@context", DtsService.CONTEXT);
        navigation.put("@id", uri.getRequestUri().toString());
        navigation.put("@type", "Navigation");
        navigation.put("dtsVersion", DtsService.VERSION);
        navigation.put("resource", dts.resourceObject(text));
        navigation.putAll(documents.navigate(text.citations(), resource, ref, start, end, tree, down));
        if (page != null && page != 1) {
            throw new org.editio.dts.DtsNotFoundException(resource, "Navigation has one page");
        }
        return jsonLd(navigation);
    }

    @GET
    @Path("document")
    @Operation(summary = "DTS Document endpoint",
            description = "The TEI of an edition, or of a unit (ref) or a span of units (start, end) in dts:wrapper.")
    public Response document(@Parameter(example = "trotsky-stalin") @QueryParam("resource") String resource,
                             @Parameter(example = "ch12-p3") @QueryParam("ref") String ref,
                             @QueryParam("start") String start, @QueryParam("end") String end,
                             @QueryParam("tree") String tree,
                             @Parameter(description = "application/tei+xml (the only one)") @QueryParam("mediaType") String mediaType) {
        requireResource(resource);
        DtsService.Text text = dts.text(resource, texts.choose(null));
        if (mediaType != null && !mediaType.equals(EditionResource.TEI_XML)) {
            throw new org.editio.dts.DtsNotFoundException(resource, "Resource '" + resource + "' is available as "
                    + EditionResource.TEI_XML + " only");
        }
        String body = documents.document(text, resource, ref, start, end, tree);
        return Response.ok(body, EditionResource.TEI_XML + ";charset=UTF-8")
                .header("Link", "</api/dts/collection?id=" + resource + ">; rel=\"collection\"")
                .build();
    }

    private Response jsonLd(Map<String, Object> object) {
        try {
            return Response.ok(json.writeValueAsString(object), JSON_LD).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireResource(String resource) {
        if (resource == null) {
            throw new DtsRequestException("resource is required");
        }
    }
}
