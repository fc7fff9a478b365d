package org.editio.core.importer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the editor's bracketed text across paragraphs: runs of C.M.'s words (which may open in one
 * paragraph and close several later), {@code [Note: …]} notes, and stray brackets. Brackets are
 * recorded as deleted characters: in TEI they become markup, never text.
 */
public final class Brackets {

    /** Where, in one paragraph, a piece of a run lies. */
    public record Piece(int start, int end, int run) {
    }

    /** A note: whole range with its brackets, and the label ("Note:") and signature ("– C.M.") inside it. */
    public record Note(int start, int end, int labelStart, int labelEnd, int signatureStart, int signatureEnd) {
        public boolean signed() {
            return signatureStart >= 0;
        }
    }

    /** What the scan found in one paragraph. */
    public static final class Marks {
        public final BitSet deleted = new BitSet();
        public final List<Piece> pieces = new ArrayList<>();
        public final List<Note> notes = new ArrayList<>();
        public final List<Integer> strays = new ArrayList<>();
        /** The run covering the whole paragraph, or -1. */
        public int wholeRun = -1;
        /** The paragraph continues an open run and repeats its opening bracket. */
        public boolean reopened;
    }

    /** How a run ended in the transcription, so that its brackets can be restored exactly. */
    public enum Closing { BRACKET, BRACE, NONE }

    private static final Pattern SIGNATURE = Pattern.compile("\\s*[–—-]\\s*C\\.\\s?M\\.?\\s*$");

    private final Map<Integer, Closing> closings = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private int openRun = -1;
    private int runs;
    private int lastLine;

    public Closing closing(int run) {
        return closings.getOrDefault(run, Closing.BRACKET);
    }

    public List<String> warnings() {
        return warnings;
    }

    /** Ends any run still open (at a chapter's end): the transcription never closed it. */
    public void closeOpenRun(String where) {
        if (openRun >= 0) {
            closings.put(openRun, Closing.NONE);
            warnings.add("line " + lastLine + ": bracket opened here is never closed (" + where + ")");
            openRun = -1;
        }
    }

    public Marks scan(Para para) {
        String t = para.text();
        Marks marks = new Marks();
        int i = 0;
        if (t.startsWith("* ")) {
            marks.deleted.set(0, 2);
            i = 2;
        }
        if (openRun >= 0) {
            if (t.startsWith("[", i) && !t.startsWith("[Note:", i)) {
                // As with quotation marks, each paragraph of a run repeats the opening bracket.
                marks.deleted.set(i);
                marks.reopened = true;
                i++;
            } else if (para.startsBlock() && !para.inQuotation() && !para.continuation()) {
                // After a blank line the author's voice resumes: the run ended with the paragraph before, unclosed.
                closeOpenRun("the author's text resumes at line " + para.firstLine());
            }
        }
        int pieceStart = openRun >= 0 ? i : -1;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '[' && t.startsWith("[Note:", i)) {
                i = note(t, i, marks);
                continue;
            }
            if (c == '[' && openRun < 0) {
                openRun = runs++;
                marks.deleted.set(i);
                pieceStart = i + 1;
            } else if ((c == ']' || c == '}') && openRun >= 0) {
                marks.deleted.set(i);
                addPiece(marks, pieceStart, i, t);
                closings.put(openRun, c == '}' ? Closing.BRACE : Closing.BRACKET);
                openRun = -1;
                pieceStart = -1;
            } else if (c == '[' || c == ']') {
                marks.strays.add(i);
                warnings.add("line " + lineOf(para, i) + ": stray '" + c + "'");
            }
            i++;
        }
        if (openRun >= 0) {
            addPiece(marks, pieceStart, t.length(), t);
        }
        lastLine = para.lastLine();
        return marks;
    }

    private void addPiece(Marks marks, int start, int end, String t) {
        if (start < end && !t.substring(start, end).isBlank()) {
            Piece piece = new Piece(start, end, openRun);
            marks.pieces.add(piece);
            boolean fromStart = t.substring(0, start).replaceAll("[\\[*]", "").isBlank();
            boolean toEnd = t.substring(end).replaceAll("[\\]}]", "").isBlank();
            if (fromStart && toEnd) {
                marks.wholeRun = openRun;
            }
        }
    }

    private int note(String t, int open, Marks marks) {
        int close = t.indexOf(']', open);
        int end = close < 0 ? t.length() : close;
        marks.deleted.set(open);
        if (close >= 0) {
            marks.deleted.set(close);
        }
        String inner = t.substring(open + 1, end);
        Matcher sig = SIGNATURE.matcher(inner);
        int sigStart = -1;
        int sigEnd = -1;
        if (sig.find()) {
            int lead = sig.group().length() - sig.group().stripLeading().length();
            sigStart = open + 1 + sig.start() + lead;
            sigEnd = open + 1 + inner.stripTrailing().length();
        }
        marks.notes.add(new Note(open, close < 0 ? end : close + 1, open + 1, open + 6, sigStart, sigEnd));
        return close < 0 ? end : close + 1;
    }

    private static int lineOf(Para para, int offset) {
        int line = para.firstLine();
        for (Para.Fragment f : para.fragments()) {
            if (f.offset() <= offset) {
                line = f.line();
            }
        }
        return line;
    }
}
