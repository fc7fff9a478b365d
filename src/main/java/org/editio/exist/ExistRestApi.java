package org.editio.exist;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The calls of eXist-db's REST API that Editio uses: run a query, read a document, and check the server is up. */
@RegisterRestClient(configKey = "exist")
@RegisterClientHeaders(ExistAuthHeaders.class)
@Path("/rest/db")
public interface ExistRestApi {

    @POST
    @Consumes(MediaType.APPLICATION_XML)
    @Produces({MediaType.APPLICATION_XML, MediaType.TEXT_PLAIN, MediaType.WILDCARD})
    Response query(String body);

    /**
     * A stored document, read under the document's read lock.
     *
     * @param path   below /db, its segments percent-encoded already (see {@link ExistClient#document})
     * @param indent "no", so that the answer is the document as stored
     */
    @GET
    @Path("{path: .+}")
    @Produces(MediaType.WILDCARD)
    Response document(@PathParam("path") @Encoded String path, @QueryParam("_indent") String indent);

    @GET
    @Produces(MediaType.WILDCARD)
    Response ping();
}
