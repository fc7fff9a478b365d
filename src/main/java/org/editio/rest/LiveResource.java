package org.editio.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import org.editio.live.LiveEditions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An edition's live stream (server-sent events), and where each editor is. */
@Path("/api/editions/{id}")
@Tag(name = "Live", description = "Changes, review decisions, publications and presence as they happen")
@SecurityRequirement(name = "keycloak")
public class LiveResource {

    @Inject
    LiveEditions live;

    @Inject
    Editors editors;

    @Inject
    ObjectMapper json;

    /** Where the caller is: the element (xml:id) and viewing, editing or left. */
    public record PresenceRequest(String fragment, String activity) {
    }

    @GET
    @Path("events")
    @RolesAllowed("reader")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(summary = "The edition's events as server-sent events",
            description = "hello (the revision now, who is present), then change, review, publication and presence, "
                    + "each with JSON data, within about a quarter of a second of happening, from any service instance.")
    public Multi<OutboundSseEvent> events(@PathParam("id") String id, @Context Sse sse) {
        return live.listen(id).map(event -> sse.newEventBuilder()
                .name(event.name())
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(String.class, toJson(event.data()))
                .build());
    }

    @PUT
    @Path("presence")
    @RolesAllowed("reader")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Say where you are", description = "Lasts 30 seconds; send it again to stay present.")
    public void presence(@PathParam("id") String id, PresenceRequest presence) {
        if (presence == null || presence.activity() == null || !presence.activity().matches("viewing|editing|left")) {
            throw new BadRequestException("activity must be viewing, editing or left");
        }
        if (presence.fragment() != null && !presence.fragment().matches("[\\p{L}_][\\p{L}\\p{Nd}._-]*")) {
            throw new BadRequestException("fragment must be an xml:id");
        }
        live.announce(id, editors.current(), presence.fragment(), presence.activity());
    }

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
