package org.editio.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document. {@code line} and {@code column} say where in a submitted document
 * the problem lies; {@code currentRevision} tells a client that lost a race what to re-read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail,
                      Integer line, Integer column, Long currentRevision) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String type, String title, String detail) {
        return new Problem("urn:editio:problem:" + type, title, status, detail, null, null, null);
    }

    public Problem at(int line, int column) {
        return new Problem(type, title, status, detail, line > 0 ? line : null, column > 0 ? column : null,
                currentRevision);
    }

    public Problem withCurrentRevision(long revision) {
        return new Problem(type, title, status, detail, line, column, revision);
    }
}
