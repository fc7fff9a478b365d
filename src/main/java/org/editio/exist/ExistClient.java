package org.editio.exist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Runs queries on eXist-db and turns its answers into results or typed failures. Outages trip a
 * circuit breaker so that, while eXist-db is down, callers get a 503 at once instead of waiting.
 */
@ApplicationScoped
public class ExistClient {

    private static final Pattern MESSAGE = Pattern.compile("<message>(.*?)</message>", Pattern.DOTALL);

    @Inject
    @RestClient
    ExistRestApi api;

    @Timeout(8000)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 2000, successThreshold = 1,
            failOn = ExistUnavailableException.class)
    public String run(ExistQuery query) {
        try (Response response = api.query(query.toRequestBody())) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            int status = response.getStatus();
            if (status == 200) {
                return body;
            }
            if (status >= 500) {
                throw new ExistUnavailableException("eXist-db answered " + status, null);
            }
            throw new ExistQueryException(status, "eXist-db refused a query (" + status + "): " + messageOf(body));
        } catch (ProcessingException e) {
            throw new ExistUnavailableException("eXist-db cannot be reached: " + e.getMessage(), e);
        }
    }

    /** True when eXist-db answers at all; used by readiness, so it bypasses the circuit breaker. */
    public boolean reachable() {
        try (Response response = api.ping()) {
            return response.getStatus() < 500;
        } catch (ProcessingException e) {
            return false;
        }
    }

    private static String messageOf(String body) {
        Matcher m = MESSAGE.matcher(body);
        return m.find() ? m.group(1).trim() : body;
    }
}
