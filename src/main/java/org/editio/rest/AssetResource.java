package org.editio.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.editio.core.render.HtmlRenderer;

/** The reading site's style sheet and script, from the same origin as the pages (the CSP allows only 'self'). */
@Path("/assets")
@PermitAll
public class AssetResource {

    @GET
    @Path("{name}")
    public Response asset(@PathParam("name") String name) {
        if (!HtmlRenderer.ASSETS.contains(name)) {
            throw new NotFoundException();
        }
        String type = name.endsWith(".css") ? "text/css;charset=UTF-8" : "text/javascript;charset=UTF-8";
        return Response.ok(HtmlRenderer.asset(name), type).header(HttpHeaders.CACHE_CONTROL, "max-age=3600").build();
    }
}
