package org.editio.edit;

/**
 * A span of an element's text to mark, by character offsets into its string value (end excluded), and
 * what to mark it as. {@code kind} is correction, hand, quotation or person; the other fields belong to
 * one kind each: {@code corrected} and {@code type} to a correction, {@code hand} (LT or CM) to a hand,
 * {@code source} (a URI or #id) to a quotation, {@code person} (a register id) to a person.
 */
public record Mark(String kind, Integer start, Integer end, String corrected, String type, String hand,
                   String source, String person) {
}
