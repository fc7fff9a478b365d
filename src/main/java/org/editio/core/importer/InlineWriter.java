package org.editio.core.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a paragraph's text with its inline markup. Every mark is a character range; ranges are
 * nested outermost first, and a range that would cross another is dropped and reported, so that
 * the output is always well-formed. Deleted characters (brackets) are not written.
 */
final class InlineWriter {

    /** A range to be written as an element; {@code leaf} writers produce the whole element themselves. */
    record Span(int start, int end, int rank, String name, String[] attributes, Consumer<XmlBuilder> leaf) {
        static Span element(int start, int end, int rank, String name, String... attributes) {
            return new Span(start, end, rank, name, attributes, null);
        }
    }

    private final List<String> warnings;

    InlineWriter(List<String> warnings) {
        this.warnings = warnings;
    }

    void write(XmlBuilder xml, String text, BitSet deleted, List<Span> spans, int line) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed())
                .thenComparingInt(Span::rank));
        Deque<Span> open = new ArrayDeque<>();
        int pos = 0;
        for (Span span : sorted) {
            while (!open.isEmpty() && open.peek().end() <= span.start()) {
                pos = close(xml, text, deleted, pos, open.pop());
            }
            Span parent = open.peek();
            if (parent != null && (span.end() > parent.end() || parent.leaf() != null)) {
                if (parent.leaf() == null) {
                    warnings.add("line " + line + ": <" + span.name() + "> over '" + text.substring(span.start(), span.end())
                            + "' crosses <" + parent.name() + ">; left out");
                }
                continue;
            }
            if (span.start() < pos) {
                continue;
            }
            pos = text(xml, text, deleted, pos, span.start());
            if (span.leaf() != null) {
                span.leaf().accept(xml);
                pos = span.end();
                open.push(span);
            } else {
                xml.start(span.name(), span.attributes());
                open.push(span);
            }
        }
        while (!open.isEmpty()) {
            pos = close(xml, text, deleted, pos, open.pop());
        }
        text(xml, text, deleted, pos, text.length());
    }

    private static int close(XmlBuilder xml, String text, BitSet deleted, int pos, Span span) {
        if (span.leaf() != null) {
            return Math.max(pos, span.end());
        }
        int at = text(xml, text, deleted, pos, span.end());
        xml.end();
        return at;
    }

    private static int text(XmlBuilder xml, String text, BitSet deleted, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (!deleted.get(i)) {
                b.append(text.charAt(i));
            }
        }
        xml.text(b);
        return Math.max(from, to);
    }
}
