package org.editio.core.report;

/** A stretch of the text in one hand, as transcribed; paragraphs end with a newline. */
public record HandSegment(String hand, String text) {
}
