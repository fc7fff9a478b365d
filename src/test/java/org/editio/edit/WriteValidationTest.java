package org.editio.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import net.sf.saxon.s9api.XdmNode;
import org.editio.core.tei.RootElement;
import org.editio.core.tei.XmlIds;
import org.editio.core.tei.XmlLimits;
import org.editio.core.validate.TeiValidator;
import org.editio.metrics.EditMetrics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which way a write is validated, and what draft it leaves: by parts, kept apart from the tree, once the editor
 * is declared; whole, built into the tree, for an editor's first write. Edits of the real edition.
 */
class WriteValidationTest {

    static final Editor EDITOR = new Editor("editor1", "Ed One");
    static final WriteValidation VALIDATION = new WriteValidation();
    static Draft undeclared;
    static Draft declared;

    @BeforeAll
    static void load() throws IOException {
        VALIDATION.validator = new TeiValidator(DraftTest.SAXON, XmlLimits.DEFAULT, Path.of(TeiValidator.PROJECT_RNG),
                Path.of(TeiValidator.PROJECT_SCHEMATRON));
        VALIDATION.patcher = new DraftPatcher(DraftTest.SAXON);
        VALIDATION.parser = DraftTest.PARSER;
        VALIDATION.metrics = new EditMetrics(new SimpleMeterRegistry());
        XdmNode edition = RootElement.of(DraftTest.PARSER.parse(Files.readAllBytes(Path.of("tei/trotsky-stalin.xml"))));
        undeclared = new Draft(1, edition, true, false);
        XdmNode p30 = XmlIds.find(edition, "ch12-p30").orElseThrow();
        declared = new Draft(1, RootElement.of(VALIDATION.patcher.replace(edition, p30, EDITOR)), true, false);
    }

    /** ch12-p30 of the edition with {@code added} at the end of its text, as a client rewrites it. */
    static XdmNode edited(String added) {
        String xml = DraftTest.PARSER.serialize(XmlIds.find(undeclared.tree(), "ch12-p30").orElseThrow());
        int end = xml.lastIndexOf("</");
        return RootElement.of(DraftTest.PARSER.parse(
                (xml.substring(0, end) + added + xml.substring(end)).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aWriteOfADeclaredEditorIsValidatedByPartsAndKeptApart() {
        XdmNode edited = edited(" more");
        WriteValidation.Validated validated = VALIDATION.validated("e", declared, "ch12-p30", edited, EDITOR);
        assertEquals(declared, validated.before());
        assertEquals(declared.tree(), validated.after().tree(), "the draft's tree is not copied");
        assertEquals(edited, validated.after().element("ch12-p30").orElseThrow());
    }

    @Test
    void anEditorsFirstWriteIsValidatedWholeAndBuiltIn() {
        WriteValidation.Validated validated = VALIDATION.validated("e", undeclared, "ch12-p30",
                edited(" more"), EDITOR);
        XdmNode after = validated.after().tree();
        assertNotEquals(undeclared.tree(), after);
        assertTrue(XmlIds.find(after, EDITOR.id()).isPresent(), "the editor is declared, as the storing query will");
        assertTrue(XmlIds.find(after, "ch12-p30").orElseThrow().getStringValue().endsWith(" more"));
    }

    @Test
    void aWriteThatBreaksTheRulesIsRefusedWithTheirMessages() {
        for (Draft draft : new Draft[] {declared, undeclared}) {
            InvalidEditException refused = assertThrows(InvalidEditException.class, () -> VALIDATION.validated("e",
                    draft, "ch12-p30", edited(" <persName ref=\"#nobody\">X</persName>"), EDITOR));
            assertFalse(refused.messages().isEmpty());
            assertTrue(refused.messages().stream().anyMatch(m -> m.toString().contains("nobody")), refused.messages()::toString);
        }
    }

    @Test
    void anIdentifierOfTheLogsFormIsRefusedBeforeValidating() {
        InvalidEditException refused = assertThrows(InvalidEditException.class, () -> VALIDATION.validated("e",
                declared, "ch12-p30", edited("<seg xml:id=\"rev-9\">x</seg>"), EDITOR));
        assertTrue(refused.getMessage().contains("rev-9"));
        assertTrue(refused.messages().isEmpty());
    }

    @Test
    void anElementTheDraftDoesNotHaveIsNotFound() {
        XdmNode stray = RootElement.of(DraftTest.PARSER.parse(
                "<p xmlns='http://www.tei-c.org/ns/1.0' xml:id='no-such-p'>x</p>".getBytes(StandardCharsets.UTF_8)));
        assertThrows(FragmentNotFoundException.class, () -> VALIDATION.validated("e", declared, "no-such-p", stray, EDITOR));
    }
}
