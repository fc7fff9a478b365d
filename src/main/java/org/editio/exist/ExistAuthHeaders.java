package org.editio.exist;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.editio.config.ExistConfig;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/** Basic authentication as Editio's own eXist-db account. */
@ApplicationScoped
public class ExistAuthHeaders implements ClientHeadersFactory {

    @Inject
    ExistConfig config;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        String credentials = config.user() + ":" + config.password();
        headers.add(HttpHeaders.AUTHORIZATION,
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        return headers;
    }
}
