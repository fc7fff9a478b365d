package org.editio.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.RootElement;
import org.editio.core.tei.XmlIds;
import org.editio.core.tei.XmlLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which writes a draft keeps beside its tree, and what it answers for their elements. */
class DraftTest {

    static final Processor SAXON = new Processor(false);
    static final HardenedXmlParser PARSER = new HardenedXmlParser(SAXON, XmlLimits.DEFAULT);
    static Draft draft;

    @BeforeAll
    static void load() throws IOException {
        draft = new Draft(1, RootElement.of(PARSER.parse(Files.readAllBytes(Path.of("tei/trotsky-stalin.xml")))), true, false);
    }

    /** The element of the edition with its text's last closing tag preceded by {@code added}. */
    static XdmNode edited(String xmlId, String added) {
        String xml = PARSER.serialize(XmlIds.find(draft.tree(), xmlId).orElseThrow());
        int end = xml.lastIndexOf("</");
        return RootElement.of(PARSER.parse((xml.substring(0, end) + added + xml.substring(end)).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void writesOfParagraphsThatShareNoIdentifierAreKeptApart() {
        // ch12-p30 and ch12-p31 point at each other (@next, @prev), and neither write changes what the other sees.
        Draft one = draft.with("ch12-p30", edited("ch12-p30", " more"));
        assertTrue(one.keepsApart("ch12-p31", edited("ch12-p31", " more")));
        assertTrue(one.keepsApart("ch12-p30", edited("ch12-p30", " again")), "the same element written again");
        assertTrue(one.element("ch12-p30").orElseThrow().getStringValue().endsWith(" more"));
        assertEquals(draft.tree(), one.tree(), "nothing is copied");
    }

    @Test
    void aWriteThatMeetsAnotherIsNot() {
        Draft one = draft.with("ch12-p30", edited("ch12-p30", "<seg xml:id=\"new-seg\">x</seg>"));
        assertFalse(one.keepsApart("ch12-p31", edited("ch12-p31", "<seg xml:id=\"new-seg\">y</seg>")), "the same new identifier");
        assertFalse(one.keepsApart("ch12-p31", edited("ch12-p31", "<seg next=\"#new-seg\">y</seg>")), "a pointer to what the other brought");
        assertFalse(one.keepsApart("new-seg", PARSER.parse("<seg xmlns='http://www.tei-c.org/ns/1.0' xml:id='new-seg'>z</seg>"
                .getBytes(StandardCharsets.UTF_8))), "an element only the other write has");
        Draft correction = draft.with("ch12-p19-c1", XmlIds.find(draft.tree(), "ch12-p19-c1").orElseThrow());
        assertFalse(correction.keepsApart("ch12-p19", edited("ch12-p19", " more")), "the element that holds the other");
        Draft linked = draft.with("ch12-p30", edited("ch12-p30", " more"));
        XdmNode unlinked = PARSER.parse(PARSER.serialize(edited("ch12-p31", " more")).replace(" prev=\"#ch12-p30\"", "")
                .getBytes(StandardCharsets.UTF_8));
        assertFalse(linked.keepsApart("ch12-p31", RootElement.of(unlinked)), "a link changed that the other points at");
    }

    @Test
    void builtHasEveryWriteInItsTree() {
        Draft two = draft.with("ch12-p30", edited("ch12-p30", " thirty")).with("ch12-p31", edited("ch12-p31", " thirty-one"));
        Draft built = two.built(new DraftPatcher(SAXON));
        assertTrue(XmlIds.find(built.tree(), "ch12-p30").orElseThrow().getStringValue().endsWith(" thirty"));
        assertTrue(XmlIds.find(built.tree(), "ch12-p31").orElseThrow().getStringValue().endsWith(" thirty-one"));
        assertTrue(built.keepsApart("ch12-p19", edited("ch12-p19", " more")));
    }

    @Test
    void aDraftKeepsAtMostSoManyWritesApart() {
        Draft many = draft;
        for (int i = 1; i <= Draft.KEPT_APART; i++) {
            many = many.with("ch12-p" + i, edited("ch12-p" + i, " more"));
        }
        assertFalse(many.keepsApart("ch11-p20", edited("ch11-p20", " more")));
        assertTrue(many.keepsApart("ch12-p1", edited("ch12-p1", " again")), "one it keeps may be written again");
    }
}
