package org.editio.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.XmlLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The importer on a small made-up transcription with every feature of the convention, none of the edition's text. */
class ImporterTest {

    static final List<String> TRANSCRIPTION = List.of(
            "Monday, January 2, 2006",
            "",
            "Someone's 'Book' Chap 1 The Title",
            "",
            "Chapter 1",
            "The Title.",
            "",
            "Part One: First things",
            "",
            "[The editor opens a run here and it goes on.",
            "",
            "[The run continues in a second paragraph. He wrote:",
            "",
            "The quoted letter is here.",
            "",
            "and the run ends here.]",
            "",
            "The author speaks wiht a slip, a gloss [the editor's word] and a note [Note: A short note. – C.M.] then th4e digit, an in troduction and the end/",
            "---------",
            "[Note: Between separators, unsigned.]",
            "---------",
            "continued after the note.",
            "",
            "[A run that crosses the part heading starts.",
            "----------",
            "Part Two: After",
            "",
            "[It goes on in the next part.]",
            "",
            "The author again.");

    static XdmNode tei;
    static XPathCompiler xpath;
    static Importer.Result result;

    @BeforeAll
    static void importIt() {
        result = new Importer(SpellChecker.loadDefault()).run(TRANSCRIPTION, ImportOptions.none());
        Processor processor = new Processor(false);
        tei = new HardenedXmlParser(processor, XmlLimits.DEFAULT).parseTei(result.tei().getBytes(StandardCharsets.UTF_8));
        xpath = processor.newXPathCompiler();
        xpath.declareNamespace("", "http://www.tei-c.org/ns/1.0");
    }

    static String eval(String expression) {
        try {
            return xpath.evaluate("string-join((" + expression + ") ! string(), '|')", tei).toString();
        } catch (SaxonApiException e) {
            throw new AssertionError(expression, e);
        }
    }

    @Test
    void chaptersAndTheBlogsPartsBecomeDivisionsAndFurnitureIsDropped() {
        assertEquals("1", eval("//div[@type='chapter']/@n"));
        assertEquals("Chapter 1|The Title.", eval("//div[@type='chapter']/head"));
        assertEquals("Part One: First things|Part Two: After", eval("//div[@type='part']/head[@hand='#TR']"));
        assertEquals("false", eval("contains(//text, '2006') or contains(//text, 'Chap 1')"));
    }

    @Test
    void aRunOverParagraphsIsOneChainInTheEditorsHand() {
        assertEquals("#CM|#CM", eval("//div[@n='1']/p[position() le 2]/@hand"));
        assertEquals("#ch1-p2", eval("//p[@xml:id='ch1-p1']/@next"));
        // The quotation inside the run and the lower-case continuation after it stay in the run.
        assertEquals("#CM", eval("//cit[@type='block']/quote/p/@hand"));
        assertEquals("continuation", eval("//p[starts-with(., 'and the run')]/@rend"));
        assertEquals("", eval("//p[starts-with(., 'and the run')]/@next"));
    }

    @Test
    void aRunCrossesAPartHeading() {
        String first = eval("//p[starts-with(., 'A run that')]/@xml:id");
        assertEquals("#" + first, eval("//div[@n='2']/p[1]/@prev"));
        assertEquals("#LT", eval("//text/@hand"));
        assertEquals("", eval("//p[. = 'The author again.']/@hand"));
    }

    @Test
    void notesAndGlossesAreTheEditorsMarkup() {
        assertEquals("gloss", eval("//seg[. = \"the editor's word\"]/@type"));
        assertEquals("Note:|Note:", eval("//note[@resp='#CM'][@hand='#CM']/label"));
        assertEquals("– C.M.", eval("//note[1]/seg[@type='signature']"));
        assertEquals("0", eval("count(//note[2]/seg[@type='signature'])"));
        // The note between separator lines is back inside its paragraph, and the paragraph continues.
        assertTrue(eval("//p[note[contains(., 'Between separators')]]").endsWith("continued after the note."));
    }

    @Test
    void typingErrorsAreProposedAsCorrections() {
        assertEquals("wiht>with|th4e>the|in troduction>introduction|/>.",
                eval("//choice ! (sic || '>' || corr)"));
        assertEquals("digit", eval("//choice[sic='th4e']/corr/@type"));
        assertEquals("high", eval("//choice[sic='th4e']/corr/@cert"));
        assertEquals("#importer", eval("distinct-values(//corr/@resp)"));
    }

    @Test
    void noBracketSurvivesAsACharacter() {
        assertEquals("false", eval("some $t in //text//text()[not(ancestor::sic)] satisfies matches($t, '[\\[\\]]')"));
    }
}
