package org.editio.core.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;

import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.SuggestionTimeoutException;
import org.apache.lucene.analysis.hunspell.TimeoutPolicy;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A Hunspell dictionary (SCOWL en_US, as Debian's {@code hunspell-en-us} installs it) read by
 * Lucene's pure-Java Hunspell: a real word list and real suggestions, no native code.
 */
public final class SpellChecker {

    /**
     * Debian's hunspell-en-us and hunspell-en-gb: a word either accepts is no error, since the
     * translation's British or American spelling is not the transcriber's slip. Override with
     * {@code -Deditio.hunspell=PREFIX[,PREFIX...]}.
     */
    public static final String DEFAULT_DICTIONARIES = "/usr/share/hunspell/en_US,/usr/share/hunspell/en_GB";

    private final List<Hunspell> dictionaries;

    private SpellChecker(List<Hunspell> dictionaries) {
        this.dictionaries = dictionaries;
    }

    public static SpellChecker load(List<Path> prefixes) {
        return new SpellChecker(prefixes.stream().map(SpellChecker::hunspell).toList());
    }

    /** @param prefix path without extension: {@code prefix.aff} and {@code prefix.dic} must exist */
    private static Hunspell hunspell(Path prefix) {
        Path aff = Path.of(prefix + ".aff");
        Path dic = Path.of(prefix + ".dic");
        if (!Files.isReadable(aff) || !Files.isReadable(dic)) {
            throw new IllegalStateException("No Hunspell dictionary at " + prefix + ".{aff,dic}; "
                    + "install it with: apt-get install hunspell-en-us hunspell-en-gb (or set -Deditio.hunspell)");
        }
        try (InputStream affix = Files.newInputStream(aff); InputStream words = Files.newInputStream(dic)) {
            Dictionary dictionary = new Dictionary(new ByteBuffersDirectory(), "hunspell", affix, words);
            return new Hunspell(dictionary, TimeoutPolicy.RETURN_PARTIAL_RESULT, () -> { });
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("Cannot read the Hunspell dictionary at " + prefix, e);
        }
    }

    public static SpellChecker loadDefault() {
        return load(java.util.Arrays.stream(System.getProperty("editio.hunspell", DEFAULT_DICTIONARIES).split(","))
                .map(Path::of).toList());
    }

    public boolean isWord(String word) {
        return dictionaries.stream().anyMatch(h -> h.spell(word));
    }

    /** Suggestions of the first dictionary (the edition's own spelling). */
    public List<String> suggest(String word) {
        try {
            return dictionaries.get(0).suggest(word, 200);
        } catch (SuggestionTimeoutException e) {
            return e.getPartialResult();
        }
    }
}
