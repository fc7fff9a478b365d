package org.editio.exist;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The two calls of eXist-db's REST API that Editio uses: run a query, and check the server is up. */
@RegisterRestClient(configKey = "exist")
@RegisterClientHeaders(ExistAuthHeaders.class)
@Path("/rest/db")
public interface ExistRestApi {

    @POST
    @Consumes(MediaType.APPLICATION_XML)
    @Produces({MediaType.APPLICATION_XML, MediaType.TEXT_PLAIN, MediaType.WILDCARD})
    Response query(String body);

    @GET
    @Produces(MediaType.WILDCARD)
    Response ping();
}
