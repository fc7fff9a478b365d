package org.editio.core.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import net.sf.saxon.s9api.Processor;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.hyphenation.Hyphenation;
import org.apache.fop.hyphenation.HyphenationTree;
import org.apache.fop.hyphenation.Hyphenator;
import org.junit.jupiter.api.Test;

class HyphenationMemoTest {

    final FopFactory factory = new PdfRenderer(new Processor(false)).factory();

    @Test
    void theFactoryFindsTheMemoWhereItLooksForThePatterns() {
        HyphenationMemo.install(factory, "en");
        HyphenationTree found = factory.getHyphenationTreeCache().getHyphenationTree("en", "none");
        assertInstanceOf(HyphenationMemo.class, found);
        HyphenationMemo.install(factory, "en");
        assertSame(found, factory.getHyphenationTreeCache().getHyphenationTree("en", null), "installed once");
    }

    @Test
    void aRememberedWordIsHyphenatedAsThePatternsHyphenateIt() {
        var agent = factory.newFOUserAgent();
        HyphenationTree patterns = Hyphenator.getHyphenationTree("en", null, agent.getHyphenationResourceResolver(),
                agent.getHyphenationPatternNames(), agent);
        HyphenationMemo memo = new HyphenationMemo(patterns);
        for (String word : new String[] {"bureaucratism", "Zinoviev", "organizational", "the", "Secretariat"}) {
            Hyphenation expected = patterns.hyphenate(word, 2, 3);
            Hyphenation first = memo.hyphenate(word, 2, 3);
            if (expected == null) {
                assertNull(first, word);
            } else {
                assertArrayEquals(expected.getHyphenationPoints(), first.getHyphenationPoints(), word);
                assertSame(first, memo.hyphenate(word, 2, 3), "remembered: " + word);
            }
        }
        assertEquals(5, memo.remembered());
        memo.hyphenate("bureaucratism", 3, 3);
        assertEquals(6, memo.remembered(), "other counts are other entries");
    }

    @Test
    void aLanguageWithoutPatternsIsLeftAlone() {
        HyphenationMemo.install(factory, "xx");
        assertNull(factory.getHyphenationTreeCache().getHyphenationTree("xx", null));
    }
}
