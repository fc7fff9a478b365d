package org.editio.exist;

/** One recorded change, without its before and after. */
public record ChangeSummary(long revision, String fragment, String operation, String user, String when,
                            String status, String summary) {
}
