package org.editio.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.editio.edit.Mark;
import org.editio.edit.SemanticService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The editor's common acts without writing TEI. Each needs If-Match with the element's version and
 * answers like a fragment write: 204 with the new version, 412 with the current element, 422 if the
 * edition would be invalid; each is recorded pending review.
 */
@Path("/api/editions/{id}")
@Tag(name = "Semantic edits", description = "Mark spans, notes and decisions on corrections, validated and versioned")
@SecurityRequirement(name = "keycloak")
@RolesAllowed("editor")
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "204", description = "Stored; the ETag is the element's new version")
@APIResponse(responseCode = "412", description = "Stale If-Match; the body holds the current version and element")
@APIResponse(responseCode = "422", description = "The edit is impossible there, or would leave the edition invalid")
@APIResponse(responseCode = "428", description = "No If-Match")
public class SemanticResource {

    @Inject
    SemanticService semantic;

    @Inject
    Editors editors;

    /** A note's text, and where it goes (an offset into the element's text) when it is new. */
    public record NoteRequest(Integer at, String text) {
    }

    @POST
    @Path("fragments/{xmlid}/marks")
    @Operation(summary = "Mark a span of an element's text",
            description = "Offsets count characters of the element's string value (all its text, transcription "
                    + "and corrections alike), from 0, end excluded.")
    @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true)
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "correction", value = "{\"kind\":\"correction\",\"start\":10,\"end\":14,\"corrected\":\"would\",\"type\":\"digit\"}"),
            @ExampleObject(name = "hand", value = "{\"kind\":\"hand\",\"start\":0,\"end\":25,\"hand\":\"CM\"}"),
            @ExampleObject(name = "person", value = "{\"kind\":\"person\",\"start\":30,\"end\":36,\"person\":\"stalin\"}")}))
    public Response mark(@PathParam("id") String id, @PathParam("xmlid") String xmlId,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Mark mark) {
        return Writes.stored(semantic.mark(id, xmlId, ifMatch, required(mark), editors.current()));
    }

    @POST
    @Path("fragments/{xmlid}/notes")
    @Operation(summary = "Add a note at an offset of an element's text")
    @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true)
    public Response addNote(@PathParam("id") String id, @PathParam("xmlid") String xmlId,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, NoteRequest note) {
        NoteRequest n = required(note);
        return Writes.stored(semantic.addNote(id, xmlId, ifMatch, n.at(), n.text(), editors.current()));
    }

    @PUT
    @Path("notes/{noteid}")
    @Operation(summary = "Change a note's text", description = "Its label and signature stay.")
    @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true)
    public Response editNote(@PathParam("id") String id, @PathParam("noteid") String noteId,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, NoteRequest note) {
        return Writes.stored(semantic.editNote(id, noteId, ifMatch, required(note).text(), editors.current()));
    }

    @POST
    @Path("corrections/{choiceid}/accept")
    @Operation(summary = "Confirm a correction", description = "The editor joins the correction's @resp. If-Match: the choice's version.")
    @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true)
    public Response acceptCorrection(@PathParam("id") String id, @PathParam("choiceid") String choiceId,
                                     @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Writes.stored(semantic.acceptCorrection(id, choiceId, ifMatch, editors.current()));
    }

    @POST
    @Path("corrections/{choiceid}/reject")
    @Operation(summary = "Remove a correction: the transcription's reading stands",
            description = "If-Match: the choice's version. The ETag answered is that of the element around it.")
    @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true)
    public Response rejectCorrection(@PathParam("id") String id, @PathParam("choiceid") String choiceId,
                                     @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Writes.stored(semantic.rejectCorrection(id, choiceId, ifMatch, editors.current()));
    }

    /** A person for the register: the name as the index shows it, and where known a Wikidata item. */
    public record PersonRequest(String name, String wikidata) {
    }

    @POST
    @Path("persons")
    @Operation(summary = "Add a person to the register",
            description = "The person's id is made from the name; names in the text can then point to it.")
    @APIResponse(responseCode = "201", description = "Added; the body gives the person's id")
    public Response addPerson(@PathParam("id") String id, PersonRequest person) {
        PersonRequest p = required(person);
        SemanticService.AddedPerson added = semantic.addPerson(id, p.name(), p.wikidata(), editors.current());
        return Response.status(Response.Status.CREATED)
                .entity(java.util.Map.of("id", added.id(), "revision", added.write().revision()))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new jakarta.ws.rs.BadRequestException("A JSON body is needed");
        }
        return body;
    }
}
