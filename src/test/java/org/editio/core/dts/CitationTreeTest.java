package org.editio.core.dts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.sf.saxon.s9api.Processor;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.XmlLimits;
import org.junit.jupiter.api.Test;

/** The citation tree DTS serves: chapters, parts and paragraphs by xml:id; positions where there are none. */
class CitationTreeTest {

    static final HardenedXmlParser PARSER = new HardenedXmlParser(new Processor(false), new XmlLimits(1 << 24, 256));

    static CitationTree tree(String file) throws Exception {
        return new CitationTree(PARSER.parse(Files.readAllBytes(Path.of(file))));
    }

    @Test
    void theEditionIsCitedByChapterPartAndParagraph() throws Exception {
        CitationTree tree = tree("tei/trotsky-stalin.xml");
        assertEquals(List.of("ch12", "ch11"), tree.units().stream().filter(u -> u.level() == 1).map(CitationTree.Unit::identifier).toList());
        CitationTree.Unit p1 = tree.unit("ch12-p1").orElseThrow();
        assertEquals("ch12-pt1", p1.parent());
        assertEquals(3, p1.level());
        assertEquals("paragraph", p1.citeType());
        assertEquals("chapter", tree.structure().get(0).citeType());
        assertEquals("part", tree.structure().get(0).children().get(0).citeType());
        assertTrue(tree.unit("ch12").orElseThrow().title().contains("The Road to Power"));
    }

    @Test
    void unitsWithoutIdsAreCitedByPosition() throws Exception {
        CitationTree tree = tree("src/test/resources/foreign/verse.xml");
        assertEquals(List.of("1", "1.1", "1.2"), tree.units().stream().map(CitationTree.Unit::identifier).toList());
        assertEquals("stanza", tree.unit("1.2").orElseThrow().citeType());
    }
}
