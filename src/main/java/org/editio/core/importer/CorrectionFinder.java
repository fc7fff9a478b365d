package org.editio.core.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes corrections of typing errors in a paragraph. Generic rules, no list of this text's
 * errors: digits inside words, a stray slash for a full stop, words split by a space, and
 * lower-case words unknown to the dictionary with a close suggestion. Capitalized words are
 * left alone: most are names the dictionary does not know; the editors review those.
 */
public final class CorrectionFinder {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+(?:['’][\\p{L}]+)?");
    private static final Pattern SLASH_STOP = Pattern.compile("(?<=\\p{L})/(?=\\s|$)");

    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th|d)");
    /** A run-together word is only proposed when one side is one of these: long words split in two are mostly real. */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("a", "an", "the", "of", "to", "in",
            "on", "at", "by", "for", "from", "with", "and", "or", "but", "as", "is", "was", "be", "he", "it", "his",
            "that", "this", "not", "no", "we", "i", "him", "had", "has", "have", "were", "are", "so", "if", "all");

    private final SpellChecker spelling;
    private java.util.Map<String, Integer> frequencies = java.util.Map.of();

    public CorrectionFinder(SpellChecker spelling) {
        this.spelling = spelling;
    }

    /**
     * Word frequencies of the whole text: a form repeated three times or more is the text's usage
     * (a foreign word, a name, a period spelling), not a slip of the fingers.
     */
    public void learnUsage(java.util.Collection<String> paragraphs) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (String p : paragraphs) {
            Matcher m = WORD.matcher(p);
            while (m.find()) {
                counts.merge(m.group(), 1, Integer::sum);
            }
        }
        frequencies = counts;
    }

    public List<Correction> find(String text) {
        List<Correction> found = new ArrayList<>();
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            String word = text.substring(w[0], w[1]);
            Correction c = digitInWord(word, w[0]);
            if (c == null && i + 1 < words.size()) {
                int[] next = words.get(i + 1);
                c = splitWord(text, w, next);
                if (c != null) {
                    found.add(c);
                    i++;
                    continue;
                }
            }
            if (c == null) {
                c = unknownWord(word, w[0]);
            }
            if (c != null) {
                found.add(c);
            }
        }
        Matcher slash = SLASH_STOP.matcher(text);
        while (slash.find()) {
            found.add(new Correction(slash.start(), slash.end(), "/", ".", "punctuation", "medium", "#importer"));
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private Correction digitInWord(String word, int start) {
        if (!word.matches(".*\\p{L}.*") || !word.matches(".*\\d.*") || ORDINAL.matcher(word).matches()) {
            return null;
        }
        String letters = word.replaceAll("\\d", "");
        if (letters.length() > 1 && letters.length() >= word.length() - 2 && spelling.isWord(letters)) {
            return new Correction(start, start + word.length(), word, letters, "digit", "high", "#importer");
        }
        return null;
    }

    /** "in troduction": the second part is no word, the two together are. */
    private Correction splitWord(String text, int[] first, int[] second) {
        String between = text.substring(first[1], second[0]);
        if (!between.equals(" ")) {
            return null;
        }
        String a = text.substring(first[0], first[1]);
        String b = text.substring(second[0], second[1]);
        if (!isPlainWord(a) || !isPlainWord(b) || spelling.isWord(b) && spelling.isWord(a)) {
            return null;
        }
        String joined = a + b;
        if (!spelling.isWord(joined)) {
            return null;
        }
        return new Correction(first[0], second[1], a + " " + b, joined, "split",
                spelling.isWord(a) ? "medium" : "high", "#importer");
    }

    private Correction unknownWord(String word, int start) {
        if (!isPlainWord(word) || !Character.isLowerCase(word.charAt(0)) || word.length() < 3
                || !word.chars().allMatch(c -> c < 128) || frequencies.getOrDefault(word, 0) >= 3
                || spelling.isWord(word)) {
            return null;
        }
        String best = null;
        for (String suggestion : spelling.suggest(word)) {
            if (suggestion.contains("-")) {
                continue;
            }
            if (suggestion.contains(" ")) {
                String[] parts = suggestion.split(" ");
                if (suggestion.replace(" ", "").equals(word) && parts.length == 2
                        && (FUNCTION_WORDS.contains(parts[0].toLowerCase()) || FUNCTION_WORDS.contains(parts[1]))) {
                    return new Correction(start, start + word.length(), word, suggestion, "joined", "medium", "#importer");
                }
                continue;
            }
            // Of the close suggestions, the one the text itself uses most is the likeliest intended word.
            if (Character.isLowerCase(suggestion.charAt(0)) && editDistance(word, suggestion) <= 2
                    && (best == null || likelihood(suggestion) > likelihood(best))) {
                best = suggestion;
            }
        }
        if (best == null) {
            return null;
        }
        String type = sameLetters(word, best) ? "transposition" : "misspelling";
        String cert = editDistance(word, best) == 1 || type.equals("transposition") ? "medium" : "low";
        return new Correction(start, start + word.length(), word, best, type, cert, "#importer");
    }

    /** How likely a word is meant: the text's own usage first, then whether it is a common function word. */
    private int likelihood(String word) {
        return 2 * frequencies.getOrDefault(word, 0) + (FUNCTION_WORDS.contains(word) ? 1 : 0);
    }

    private static boolean isPlainWord(String s) {
        return s.chars().allMatch(Character::isLetter);
    }

    private static boolean sameLetters(String a, String b) {
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        return java.util.Arrays.equals(x, y);
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
