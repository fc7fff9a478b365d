package org.editio.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document. {@code line} and {@code column} say where in a submitted document
 * the problem lies; {@code currentRevision} tells a client that lost a race what to re-read, and for a
 * fragment {@code currentVersion} and {@code current} (the element now stored) let it merge.
 * {@code errors} lists validation findings, each "file:line:col: message"; {@code laterRevisions}, the
 * changes a reviewer must resolve before rejecting an earlier one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail,
                      Integer line, Integer column, Long currentRevision,
                      String currentVersion, String current, List<String> errors,
                      List<Long> laterRevisions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String type, String title, String detail) {
        return new Problem("urn:editio:problem:" + type, title, status, detail, null, null, null, null, null, null, null);
    }

    public Problem at(int line, int column) {
        return new Problem(type, title, status, detail, line > 0 ? line : null, column > 0 ? column : null,
                currentRevision, currentVersion, current, errors, laterRevisions);
    }

    public Problem withCurrentRevision(long revision) {
        return new Problem(type, title, status, detail, line, column, revision, currentVersion, current, errors, laterRevisions);
    }

    public Problem withCurrentFragment(String version, String xml) {
        return new Problem(type, title, status, detail, line, column, currentRevision, version, xml, errors, laterRevisions);
    }

    public Problem withErrors(List<String> messages) {
        return new Problem(type, title, status, detail, line, column, currentRevision, currentVersion, current,
                List.copyOf(messages), laterRevisions);
    }

    public Problem withLaterRevisions(List<Long> revisions) {
        return new Problem(type, title, status, detail, line, column, currentRevision, currentVersion, current, errors,
                revisions.isEmpty() ? null : List.copyOf(revisions));
    }
}
