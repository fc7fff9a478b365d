package org.editio.exist;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Runs queries on eXist-db and reads its documents, and turns its answers into results or typed failures.
 * Outages trip a circuit breaker so that, while eXist-db is down, callers get a 503 at once instead of waiting.
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
            return bodyOf(response, "eXist-db refused a query");
        } catch (ProcessingException e) {
            throw unreachable(e);
        }
    }

    /**
     * A stored document as eXist-db serializes it, or empty when there is none.
     *
     * @param segments the path below /db, one collection or document name each
     */
    @Timeout(8000)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 2000, successThreshold = 1,
            failOn = ExistUnavailableException.class)
    public Optional<String> document(List<String> segments) {
        String path = segments.stream().map(ExistClient::encodeSegment).collect(Collectors.joining("/"));
        try (Response response = api.document(path, "no")) {
            if (response.getStatus() == 404) {
                return Optional.empty();
            }
            return Optional.of(bodyOf(response, "eXist-db refused to read /db/" + path));
        } catch (ProcessingException e) {
            throw unreachable(e);
        }
    }

    /** The body of a 200; any other status as the typed failure its callers get ({@code refused} for a 4xx). */
    private static String bodyOf(Response response, String refused) {
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        int status = response.getStatus();
        if (status == 200) {
            return body;
        }
        if (status >= 500) {
            throw new ExistUnavailableException("eXist-db answered " + status, null);
        }
        throw new ExistQueryException(status, refused + " (" + status + "): " + messageOf(body));
    }

    private static ExistUnavailableException unreachable(ProcessingException e) {
        return new ExistUnavailableException("eXist-db cannot be reached: " + e.getMessage(), e);
    }

    private static String encodeSegment(String segment) {
        if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
            throw new IllegalArgumentException("Not a name in eXist-db: '" + segment + "'");
        }
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
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
