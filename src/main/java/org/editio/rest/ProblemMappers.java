package org.editio.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.editio.core.tei.XmlRejectedException;
import org.editio.exist.ExistQueryException;
import org.editio.exist.ExistUnavailableException;
import org.editio.service.EditionNotFoundException;
import org.editio.service.PreconditionRequiredException;
import org.editio.service.Revisions;
import org.editio.service.StaleRevisionException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns each failure into one status and a problem document; nothing else decides statuses. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response notFound(EditionNotFoundException e) {
        return problem(Problem.of(404, "not-found", "Not found", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response stale(StaleRevisionException e) {
        Problem p = Problem.of(412, "stale-revision", "Stale revision", e.getMessage())
                .withCurrentRevision(e.currentRevision());
        return Response.fromResponse(problem(p)).header(HttpHeaders.ETAG, Revisions.etag(e.currentRevision())).build();
    }

    @ServerExceptionMapper
    public Response fragmentConflict(org.editio.edit.FragmentConflictException e) {
        Problem p = Problem.of(412, "stale-fragment", "Stale fragment", e.getMessage())
                .withCurrentFragment(e.currentVersion(), e.currentXml());
        return Response.fromResponse(problem(p))
                .header(HttpHeaders.ETAG, org.editio.edit.FragmentVersions.etag(e.currentVersion())).build();
    }

    @ServerExceptionMapper
    public Response reviewConflict(org.editio.edit.ReviewConflictException e) {
        return problem(Problem.of(409, "review-conflict", "Review conflict", e.getMessage())
                .withLaterRevisions(e.later()));
    }

    @ServerExceptionMapper
    public Response busy(org.editio.edit.EditionBusyException e) {
        return Response.fromResponse(problem(Problem.of(503, "edition-busy", "Edition busy", e.getMessage())))
                .header(HttpHeaders.RETRY_AFTER, "1").build();
    }

    @ServerExceptionMapper
    public Response importRefused(org.editio.service.ImportRefusedException e) {
        return problem(Problem.of(422, "import-refused", "Import refused", e.getMessage())
                .withErrors(e.reports().stream().flatMap(r -> r.messages().stream()).toList()));
    }

    @ServerExceptionMapper
    public Response editionExists(org.editio.service.EditionExistsException e) {
        return problem(Problem.of(409, "edition-exists", "Edition exists", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response badSearch(org.editio.exist.SearchStore.BadQueryException e) {
        return problem(Problem.of(400, "bad-query", "Bad query", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response dtsRequest(org.editio.dts.DtsRequestException e) {
        return problem(Problem.of(400, "dts-bad-request", "Bad DTS request", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalidEdit(org.editio.edit.InvalidEditException e) {
        return problem(Problem.of(422, "invalid-edit", "Invalid edit", e.getMessage())
                .withErrors(e.messages().stream().map(org.editio.core.validate.ValidationMessage::format).toList()));
    }

    @ServerExceptionMapper
    public Response preconditionRequired(PreconditionRequiredException e) {
        return problem(Problem.of(428, "precondition-required", "Precondition required", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response rejected(XmlRejectedException e) {
        int status = switch (e.reason()) {
            case TOO_LARGE -> 413;
            case NOT_TEI -> 422;
            default -> 400;
        };
        String type = e.reason().name().toLowerCase().replace('_', '-');
        return problem(Problem.of(status, type, "Document refused", e.getMessage()).at(e.line(), e.column()));
    }

    @ServerExceptionMapper
    public Response unrenderable(org.editio.core.render.RenderException e) {
        return problem(Problem.of(422, "unrenderable", "Cannot render", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response badRequest(jakarta.ws.rs.BadRequestException e) {
        return problem(Problem.of(400, "bad-request", "Bad request", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unavailable(ExistUnavailableException e) {
        return storeUnavailable(e.getMessage());
    }

    @ServerExceptionMapper
    public Response circuitOpen(CircuitBreakerOpenException e) {
        return storeUnavailable("eXist-db is failing; calls are paused for a moment");
    }

    @ServerExceptionMapper
    public Response timeout(TimeoutException e) {
        return storeUnavailable("eXist-db did not answer in time");
    }

    @ServerExceptionMapper
    public Response queryFailed(ExistQueryException e) {
        LOG.error("eXist-db refused a query", e);
        return problem(Problem.of(500, "store-error", "Storage error", "The database refused an operation; see the server log"));
    }

    private static Response storeUnavailable(String detail) {
        return Response.fromResponse(problem(Problem.of(503, "store-unavailable", "Storage unavailable", detail)))
                .header(HttpHeaders.RETRY_AFTER, "5").build();
    }

    static Response problem(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }
}
