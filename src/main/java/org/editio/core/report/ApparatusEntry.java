package org.editio.core.report;

/** One correction: what the transcription has, what the edition reads, who decided, how surely, and where. */
public record ApparatusEntry(String id, String sic, String corr, String resp, String cert, String type,
                             String paragraph, String context) {
}
