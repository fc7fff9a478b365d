package org.editio.core.importer;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the layout of a blog transcription: chapter labels and titles, the blog's part headings,
 * paragraphs and blocks, and the furniture that is provenance rather than text (post dates, post
 * titles, separator lines). Notes that stand on their own line go back into their paragraph.
 */
public final class LayoutReader {

    private static final Pattern SEPARATOR = Pattern.compile("^\\s*-{5,}\\s*$");
    private static final Pattern POST_DATE = Pattern.compile(
            "^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\p{L}+ \\d{1,2}, \\d{4}\\s*$");
    private static final Pattern POST_TITLE = Pattern.compile("^.*\\bChap(?:ter)?\\.? \\d+\\b.*[^.:;,]$");
    private static final Pattern CHAPTER = Pattern.compile("^Chapter (\\d+)\\s*$");
    private static final Pattern PART = Pattern.compile("^Part (\\p{L}+|\\d+):\\s*\\S.*$");
    private static final Pattern NOTE_LINE = Pattern.compile("^\\[Note:.*\\]\\s*$");
    private static final Map<String, Integer> NUMBER_WORDS = Map.of("one", 1, "two", 2, "three", 3, "four", 4,
            "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);

    private LayoutReader() {
    }

    /** Furniture lines found while reading, for the header's account of the source. */
    public record Result(List<Layout.Chapter> chapters, List<String> furniture) {
    }

    public static Result read(List<String> lines) {
        return read(lines, Map.of());
    }

    /**
     * @param quotations the editors' decisions: a block containing one of these lines is a quoted
     *                   document, spoken by the person id given ({@code -} when there is none to name)
     */
    public static Result read(List<String> lines, Map<Integer, String> quotations) {
        List<Layout.Chapter> chapters = new java.util.ArrayList<>();
        List<String> furniture = new java.util.ArrayList<>();
        Layout.Chapter chapter = null;
        Layout.Part part = null;
        Layout.Block block = null;
        Para last = null;
        boolean expectTitle = false;
        boolean noteBetweenSeparators = false;
        boolean afterSeparator = false;

        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                block = null;
                continue;
            }
            if (SEPARATOR.matcher(line).matches()) {
                furniture.add(lineNo + ": separator");
                afterSeparator = true;
                continue;
            }
            Matcher chapterMatch = CHAPTER.matcher(line);
            if (chapterMatch.matches()) {
                chapter = new Layout.Chapter(Integer.parseInt(chapterMatch.group(1)), line);
                chapters.add(chapter);
                part = new Layout.Part(null, 0);
                chapter.parts.add(part);
                block = null;
                last = null;
                expectTitle = true;
                continue;
            }
            if (expectTitle) {
                chapter.title = line;
                expectTitle = false;
                continue;
            }
            if (chapter == null || POST_DATE.matcher(line).matches()
                    || (POST_TITLE.matcher(line).matches() && nextChapterFollows(lines, i))) {
                furniture.add(lineNo + ": " + line);
                continue;
            }
            if (PART.matcher(line).matches()) {
                part = new Layout.Part(line, partNumber(line, chapter.parts.size()));
                chapter.parts.add(part);
                block = null;
                last = null;
                continue;
            }
            if (NOTE_LINE.matcher(line).matches() && last != null) {
                // A note on a line of its own belongs to the paragraph it interrupts or follows.
                last.append(lineNo, line);
                noteBetweenSeparators = afterSeparator;
                afterSeparator = false;
                continue;
            }
            if (noteBetweenSeparators && last != null && Character.isLowerCase(line.codePointAt(0))) {
                last.append(lineNo, line);
                noteBetweenSeparators = false;
                afterSeparator = false;
                continue;
            }
            noteBetweenSeparators = false;
            afterSeparator = false;
            boolean introduced = last != null && block != null && last.text().endsWith(":")
                    && !block.paras.get(0).text().startsWith("* ");
            if (block == null || introduced || line.startsWith("* ") && !block.paras.isEmpty()
                    && !block.paras.get(0).text().startsWith("* ")) {
                // A colon or a starred line opens a quoted document, even without a blank line before it.
                block = new Layout.Block();
                part.blocks.add(block);
            }
            last = new Para(lineNo, line);
            block.paras.add(last);
        }
        chapters.forEach(c -> markQuotations(c, quotations));
        return new Result(chapters, furniture);
    }

    /** A blog post title is followed, after blank lines, by the chapter label it announces. */
    private static boolean nextChapterFollows(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size() && j <= i + 3; j++) {
            if (CHAPTER.matcher(lines.get(j).strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static int partNumber(String heading, int fallback) {
        String n = heading.substring(5, heading.indexOf(':')).toLowerCase();
        if (n.matches("\\d+")) {
            return Integer.parseInt(n);
        }
        return NUMBER_WORDS.getOrDefault(n, fallback);
    }

    /**
     * A quoted document stands as its own block: one introduced by a paragraph ending in a colon,
     * one whose first line is starred ({@code * }), or one that opens with an ellipsis. A block that
     * opens with a bracket is the editor's own text, and one that opens with a quotation mark is
     * dialogue; neither is a quoted document.
     */
    static void markQuotations(Layout.Chapter chapter, Map<Integer, String> decided) {
        Para previous = null;
        boolean previousWasQuotation = false;
        for (Layout.Part part : chapter.parts) {
            for (Layout.Block block : part.blocks) {
                String first = block.paras.get(0).text();
                boolean introduced = previous != null && previous.text().stripTrailing().endsWith(":");
                boolean starred = first.startsWith("* ");
                boolean excerpt = first.startsWith(". . .");
                // A paragraph opening with a quotation mark is dialogue, not a quoted document.
                boolean dialogue = first.startsWith("“") || first.startsWith("\"");
                block.quotation = !first.startsWith("[") && !dialogue && (starred || excerpt || introduced);
                for (Para para : block.paras) {
                    String speaker = decided.get(para.firstLine());
                    if (speaker != null) {
                        block.quotation = true;
                        block.speakerDecided = true;
                        block.speaker = speaker.isBlank() || speaker.equals("-") ? null : speaker;
                    }
                }
                for (Para para : block.paras) {
                    para.inQuotation = block.quotation;
                }
                block.paras.get(0).startsBlock = true;
                Para opening = block.paras.get(0);
                opening.continuation = previousWasQuotation && !block.quotation
                        && Character.isLowerCase(first.replaceFirst("^\\[", "").codePointAt(0));
                previousWasQuotation = block.quotation;
                previous = block.paras.get(block.paras.size() - 1);
            }
        }
    }
}
