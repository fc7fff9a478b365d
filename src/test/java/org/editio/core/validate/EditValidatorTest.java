package org.editio.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.RootElement;
import org.editio.core.tei.XmlLimits;
import org.editio.edit.DraftPatcher;
import org.editio.edit.Editor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Checking an edit by its parts must give the verdict of checking the whole edited edition. Each case
 * edits one element of the real edition (as a client would, by rewriting its XML) and compares.
 */
class EditValidatorTest {

    static final Processor SAXON = new Processor(false);
    static final HardenedXmlParser PARSER = new HardenedXmlParser(SAXON, XmlLimits.DEFAULT);
    static TeiValidator validator;
    static DraftPatcher patcher;
    static XdmNode edition;

    @BeforeAll
    static void load() throws IOException {
        validator = new TeiValidator(SAXON, XmlLimits.DEFAULT, Path.of(TeiValidator.PROJECT_RNG),
                Path.of(TeiValidator.PROJECT_SCHEMATRON));
        patcher = new DraftPatcher(SAXON);
        edition = PARSER.parse(Files.readAllBytes(Path.of("tei/trotsky-stalin.xml")));
    }

    static List<Arguments> edits() {
        return List.of(
                Arguments.of("a word added", "ch12-p30", edit(s -> s.replace("</p>", " more</p>")), true),
                Arguments.of("an element the grammar does not know", "ch12-p9",
                        edit(s -> s.replace("</p>", "<bogus>x</bogus></p>")), false),
                Arguments.of("a bracket as a character", "ch12-p30", edit(s -> s.replace("</p>", " [sic]</p>")), false),
                Arguments.of("a name pointing at nobody", "ch12-p30",
                        edit(s -> s.replace("</p>", " <persName ref=\"#nobody\">X</persName></p>")), false),
                Arguments.of("a name pointing at a person", "ch12-p30",
                        edit(s -> s.replace("</p>", " <persName ref=\"#lenin\">Ilyich</persName></p>")), true),
                Arguments.of("an identifier used elsewhere", "ch12-p30",
                        edit(s -> s.replace("</p>", " <seg xml:id=\"ch12-p1\">x</seg></p>")), false),
                Arguments.of("a hand nobody declared", "ch11-p98",
                        edit(s -> s.replaceFirst("hand=\"#CM\"", "hand=\"#XX\"")), false),
                Arguments.of("a chain left unanswered from another paragraph", "ch11-p98",
                        edit(s -> s.replace(" next=\"#ch11-cm24\"", "")), false),
                Arguments.of("a chain's link pointed elsewhere", "ch11-p98",
                        edit(s -> s.replace(" next=\"#ch11-cm24\"", " next=\"#ch11-cm22\"")), false),
                Arguments.of("an identifier of an ancestor used again", "ch12-p30",
                        edit(s -> s.replace("</p>", " <seg xml:id=\"ch12-pt1\">x</seg></p>")), false),
                Arguments.of("a chain's identifier removed", "ch11-p98",
                        edit(s -> s.replace(" xml:id=\"ch11-cm23\"", "")), false),
                Arguments.of("a choice with a third reading", "ch12-p1-c1",
                        edit(s -> s.replace("</choice>", "<sic>x</sic></choice>")), false),
                Arguments.of("a paragraph without content of its required kind", "ch12",
                        edit(s -> s.replaceFirst("(?s)<head[^>]*>.*?</head>", "")), null),
                Arguments.of("a register entry renamed", "lenin",
                        edit(s -> s.replaceFirst("<persName>[^<]*</persName>", "<persName>V. I. Lenin</persName>")), true),
                Arguments.of("a hand's declaration changed", "CM",
                        edit(s -> s.replace("scribeRef=\"#malamuth\"", "scribeRef=\"#nobody\"")), null));
    }

    static UnaryOperator<String> edit(UnaryOperator<String> f) {
        return f;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void anEditGetsTheVerdictOfTheWholeEdition(String what, String xmlId, UnaryOperator<String> change, Boolean expected) {
        XdmNode element = byId(edition, xmlId);
        XdmNode edited = RootElement.of(PARSER.parse(change.apply(PARSER.serialize(element)).getBytes(StandardCharsets.UTF_8)));
        XdmNode patched = patcher.replace(edition, edited, new Editor("importer", "x"));

        List<ValidationMessage> whole = validator.validate(PARSER.serialize(patched).getBytes(StandardCharsets.UTF_8), "edition");
        List<ValidationMessage> parts = validator.edits().validate(edition, edited, xmlId, xmlId).orElseThrow();

        assertEquals(TeiValidator.isValid(whole), TeiValidator.isValid(parts),
                what + ": whole " + texts(whole) + " / parts " + texts(parts));
        if (expected != null) {
            assertEquals(expected, TeiValidator.isValid(parts), what + ": " + texts(parts));
        }
        assertTrue(texts(whole).containsAll(texts(parts)), what + ": parts found " + texts(parts) + ", whole " + texts(whole));
    }

    @Test
    void findingsOnTheEditedElementGiveItsLinesAsSent() {
        String sent = "<p xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"ch12-p9\">\n  <bogus>x</bogus>\n  [</p>";
        XdmNode element = RootElement.of(PARSER.parse(sent.getBytes(StandardCharsets.UTF_8)));
        List<ValidationMessage> parts = validator.edits().validate(edition, element, "ch12-p9", "ch12-p9").orElseThrow();
        assertFalse(parts.isEmpty());
        assertTrue(parts.stream().anyMatch(m -> m.source().equals(ValidationMessage.RNG) && m.line() == 2), parts::toString);
        assertTrue(parts.stream().anyMatch(m -> m.source().equals(ValidationMessage.SCHEMATRON) && m.line() >= 1
                && m.message().contains("Bracket")), parts::toString);
    }

    @Test
    void anElementOfAnotherNameIsLeftToTheWholeCheck() {
        XdmNode div = RootElement.of(PARSER.parse("<div xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"ch12-p9\"/>"
                .getBytes(StandardCharsets.UTF_8)));
        assertTrue(validator.edits().validate(edition, div, "ch12-p9", "ch12-p9").isEmpty());
    }

    @Test
    void everyRuleOfTheProjectIsArguedFor() {
        // A new pattern in editio.sch turns edit-by-parts off until EditValidator argues for its reach.
        assertTrue(validator.edits().enabled(), "patterns of editio.sch differ from " + EditValidator.ARGUED_PATTERNS);
    }

    static XdmNode byId(XdmNode doc, String id) {
        return new XdmNode(doc.getUnderlyingNode().getTreeInfo().selectID(id, false));
    }

    static Set<String> texts(List<ValidationMessage> messages) {
        return messages.stream().filter(ValidationMessage::isError).map(ValidationMessage::message).collect(Collectors.toSet());
    }
}
