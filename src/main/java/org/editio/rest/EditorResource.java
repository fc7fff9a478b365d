package org.editio.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The browser editor: one page, its script and style sheet, and where to sign in. */
@Path("/editor")
@PermitAll
@Tag(name = "Editor", description = "The browser editor (HTML, script, configuration)")
public class EditorResource {

    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html;charset=UTF-8",
            "editor.js", "text/javascript;charset=UTF-8",
            "editor.css", "text/css;charset=UTF-8");

    @ConfigProperty(name = "editio.keycloak.url")
    String keycloakUrl;

    @ConfigProperty(name = "editio.editor.edition", defaultValue = "trotsky-stalin")
    String edition;

    /** What the page needs to sign in: Keycloak, its realm and the public client (PKCE). */
    public record EditorConfig(String keycloakUrl, String realm, String clientId, String edition) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The editor page")
    public Response page() {
        return file("index.html");
    }

    @GET
    @Path("config.json")
    @Produces(MediaType.APPLICATION_JSON)
    public EditorConfig config() {
        return new EditorConfig(keycloakUrl, "editio", "editio-web", edition);
    }

    @GET
    @Path("{name}")
    public Response file(@PathParam("name") String name) {
        String type = FILES.get(name);
        if (type == null) {
            throw new NotFoundException();
        }
        try (InputStream in = EditorResource.class.getResourceAsStream("/editor/" + name)) {
            if (in == null) {
                throw new NotFoundException();
            }
            return Response.ok(in.readAllBytes(), type).header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
