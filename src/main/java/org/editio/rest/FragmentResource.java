package org.editio.rest;

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

import org.editio.edit.FragmentService;
import org.editio.edit.FragmentVersions;
import org.editio.exist.StoredFragment;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One element of the working draft, by xml:id: read it, and replace it without touching the rest. */
@Path("/api/editions/{id}/fragments/{xmlid}")
@Tag(name = "Fragments", description = "Fine-grained, conflict-safe edits of the working draft")
@SecurityRequirement(name = "keycloak")
public class FragmentResource {

    /** The draft revision the answer reflects, beside the fragment's own version in the ETag. */
    static final String DRAFT_REVISION = "Editio-Draft-Revision";

    @Inject
    FragmentService fragments;

    @Inject
    Editors editors;

    @Inject
    TextChoice texts;

    @GET
    @PermitAll
    @Produces({EditionResource.TEI_XML, MediaType.APPLICATION_XML})
    @Operation(summary = "One element of the edition",
            description = "From the working draft for readers and above, from the published text for anonymous "
                    + "callers. The ETag is the element's own version; send it in If-Match to replace the element.")
    @APIResponse(responseCode = "200", description = "The element")
    @APIResponse(responseCode = "404", description = "No such edition or element (or, anonymously, not published)")
    public Response read(@PathParam("id") String id,
                         @Parameter(example = "ch12-p3") @PathParam("xmlid") String xmlId,
                         @Parameter(description = "draft or published; default depends on the caller")
                         @QueryParam("text") String text) {
        StoredFragment fragment = fragments.read(id, xmlId, texts.choose(text));
        return Response.ok(fragment.xml(), EditionResource.TEI_XML + ";charset=UTF-8")
                .header(HttpHeaders.ETAG, FragmentVersions.etag(fragment.version()))
                .header(DRAFT_REVISION, fragment.revision())
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
    }

    @PUT
    @RolesAllowed("editor")
    @Consumes({EditionResource.TEI_XML, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Operation(summary = "Replace one element of the working draft",
            description = "Needs the role editor and If-Match with the element's version. The element must be "
                    + "well-formed, keep its xml:id, and leave the whole edition valid against the project "
                    + "schema and Schematron. The change is recorded in the history, pending review.")
    @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true,
            example = "\"5c1f0e0b6f1d2a3c4b5a69788796a5b4c3d2e1f0\"")
    @APIResponse(responseCode = "204", description = "Stored; the ETag is the element's new version")
    @APIResponse(responseCode = "400", description = "Malformed or hostile XML, with line and column")
    @APIResponse(responseCode = "412", description = "Stale If-Match; the body holds the current version and element")
    @APIResponse(responseCode = "422", description = "The edition would be invalid; the body lists the errors")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response replace(@PathParam("id") String id,
                            @PathParam("xmlid") String xmlId,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            byte[] body) {
        return Writes.stored(fragments.replace(id, xmlId, ifMatch, body, editors.current()));
    }
}
