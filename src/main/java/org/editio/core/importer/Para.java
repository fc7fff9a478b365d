package org.editio.core.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * One paragraph of the transcription: usually one source line, sometimes several joined (a note
 * that stood between separator lines and the words after it). Keeps where each character came from.
 */
public final class Para {

    /** A source line's contribution, starting at {@code offset} in the paragraph's text. */
    public record Fragment(int line, int offset, String text) {
    }

    private final List<Fragment> fragments = new ArrayList<>();
    /** Part of a quoted document (set by the layout reader). */
    boolean inQuotation;
    /** First paragraph of a block (after a blank line or a heading). */
    boolean startsBlock;
    /** Continues, in lower case, the sentence a quotation interrupted. */
    boolean continuation;
    private final StringBuilder text = new StringBuilder();

    public Para(int line, String lineText) {
        append(line, lineText);
    }

    /** Joins another source line with one space, as the paragraph would read unbroken. */
    public void append(int line, String lineText) {
        if (!text.isEmpty()) {
            text.append(' ');
        }
        fragments.add(new Fragment(line, text.length(), lineText));
        text.append(lineText);
    }

    public boolean inQuotation() {
        return inQuotation;
    }

    public boolean startsBlock() {
        return startsBlock;
    }

    public boolean continuation() {
        return continuation;
    }

    public String text() {
        return text.toString();
    }

    public int firstLine() {
        return fragments.get(0).line();
    }

    public int lastLine() {
        return fragments.get(fragments.size() - 1).line();
    }

    public List<Fragment> fragments() {
        return List.copyOf(fragments);
    }

    /** Offset in the paragraph of the n-th occurrence (1-based) of {@code s} on source line {@code line}, or -1. */
    public int offsetOf(int line, String s, int occurrence) {
        for (Fragment f : fragments) {
            if (f.line() == line) {
                int from = 0;
                for (int n = 1; ; n++) {
                    int at = f.text().indexOf(s, from);
                    if (at < 0) {
                        return -1;
                    }
                    if (n == occurrence) {
                        return f.offset() + at;
                    }
                    from = at + 1;
                }
            }
        }
        return -1;
    }
}
