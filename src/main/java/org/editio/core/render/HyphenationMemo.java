package org.editio.core.render;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.hyphenation.Hyphenation;
import org.apache.fop.hyphenation.HyphenationTree;
import org.apache.fop.hyphenation.HyphenationTreeCache;
import org.apache.fop.hyphenation.Hyphenator;

/**
 * A language's hyphenation patterns with a memory of the words already hyphenated. FOP hyphenates
 * every word of every justified paragraph, each time it meets it, by searching the pattern tree; a
 * book repeats its words, so remembering them takes most of that work away (docs/PERFORMANCE.md).
 * FOP only reads the {@link Hyphenation} it gets, so one can be handed out many times.
 */
final class HyphenationMemo extends HyphenationTree {

    /** Distinct words of a few thousand pages stay far below this; past it the memory starts again. */
    static final int MAX_WORDS = 200_000;

    private final HyphenationTree patterns;
    private final ConcurrentHashMap<String, Optional<Hyphenation>> words = new ConcurrentHashMap<>();

    HyphenationMemo(HyphenationTree patterns) {
        this.patterns = patterns;
    }

    @Override
    public Hyphenation hyphenate(String word, int remainCharCount, int pushCharCount) {
        if (words.size() > MAX_WORDS) {
            words.clear();
        }
        return words.computeIfAbsent(remainCharCount + " " + pushCharCount + " " + word,
                key -> Optional.ofNullable(patterns.hyphenate(word, remainCharCount, pushCharCount))).orElse(null);
    }

    int remembered() {
        return words.size();
    }

    /**
     * Puts a memory in front of the factory's patterns for {@code language}, once: FOP then finds the
     * memo in the factory's cache where it looks for the patterns. Nothing happens for a language
     * without patterns.
     */
    static void install(FopFactory factory, String language) {
        HyphenationTreeCache cache = factory.getHyphenationTreeCache();
        synchronized (cache) {
            HyphenationTree tree = cache.getHyphenationTree(language, null);
            if (tree instanceof HyphenationMemo) {
                return;
            }
            if (tree == null) {
                FOUserAgent agent = factory.newFOUserAgent();
                tree = Hyphenator.getHyphenationTree(language, null, agent.getHyphenationResourceResolver(),
                        agent.getHyphenationPatternNames(), agent);
            }
            if (tree != null) {
                cache.cache(HyphenationTreeCache.constructLlccKey(language, null), new HyphenationMemo(tree));
            }
        }
    }
}
