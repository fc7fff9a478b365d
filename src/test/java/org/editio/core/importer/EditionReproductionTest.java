package org.editio.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.editio.core.report.TranscriptionWalk;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.XmlLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The edition in tei/ says what the transcription was: its sic reading, with C.M.'s brackets put
 * back from the markup, has the transcription's words in order, blog furniture aside; and it is
 * exactly what the importer makes of the transcription with the editors' curation files.
 */
class EditionReproductionTest {

    static final Path SOURCE = Path.of("tei/source/trotsky-stalin-ch12-ch11.txt");
    static final Path EDITION = Path.of("tei/trotsky-stalin.xml");
    static Importer.Result imported;
    static List<String> lines;

    @BeforeAll
    static void importTranscription() throws IOException {
        lines = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
        imported = new Importer(SpellChecker.loadDefault()).run(lines, ImportOptions.beside(SOURCE));
    }

    static XdmNode parse(String xml) {
        return new HardenedXmlParser(new Processor(false), XmlLimits.DEFAULT).parseTei(xml.getBytes(StandardCharsets.UTF_8));
    }

    static String restored(XdmNode tei) {
        StringBuilder text = new StringBuilder();
        new TranscriptionWalk(true).walk(tei, new TranscriptionWalk.Sink() {
            @Override
            public void text(String hand, String t) {
                text.append(t);
            }

            @Override
            public void blockEnd(XdmNode element) {
                text.append('\n');
            }
        });
        return text.toString();
    }

    /** Words and brackets, with brackets split off so that "[Early" and "[ Early" compare equal. */
    static List<String> tokens(String text) {
        String spaced = text.replace("[", " [ ").replace("]", " ] ").replace("}", " } ");
        return Arrays.stream(spaced.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void sicReadingWithBracketsRestoredIsTheTranscription() {
        Set<Integer> furniture = LayoutReader.read(lines, QuotationDecisions.read(SOURCE.resolveSibling("quotations.tsv")))
                .furniture().stream().map(f -> Integer.parseInt(f.substring(0, f.indexOf(':'))))
                .collect(Collectors.toSet());
        List<String> text = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!furniture.contains(i + 1)) {
                text.add(lines.get(i));
            }
        }
        List<String> expected = tokens(String.join("\n", text));
        List<String> actual = tokens(restored(parse(imported.tei())));
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                throw new AssertionError("First difference at word " + i + ": expected '" + expected.get(i)
                        + "' but the edition has '" + actual.get(i) + "'\n  transcription: "
                        + String.join(" ", expected.subList(Math.max(0, i - 8), Math.min(expected.size(), i + 8)))
                        + "\n  edition:       "
                        + String.join(" ", actual.subList(Math.max(0, i - 8), Math.min(actual.size(), i + 8))));
            }
        }
        assertEquals(expected.size(), actual.size(), "same number of words");
    }

    @Test
    void onlyBlogFurnitureIsLeftOut() {
        List<String> furniture = LayoutReader.read(lines).furniture();
        assertTrue(furniture.stream().allMatch(f -> f.endsWith("separator") || f.contains("2005")
                || f.contains("Trotsky's 'Stalin' Chap")), furniture.toString());
        assertEquals(2, furniture.stream().filter(f -> f.contains("Chap")).count(), "the two post titles");
    }

    @Test
    void theCommittedEditionIsTheImportersOutput() throws IOException {
        assertTrue(imported.tei().equals(Files.readString(EDITION, StandardCharsets.UTF_8)),
                EDITION + " is not the importer's output; regenerate it with: ./editio import " + SOURCE + " -o " + EDITION);
    }

    @Test
    void bracketsNeverSurviveAsCharactersOutsideTheApparatus() {
        String withoutSic = imported.tei().replaceAll("<sic>[^<]*</sic>", "");
        String body = withoutSic.substring(withoutSic.indexOf("<text"));
        assertTrue(!body.contains("[") && !body.contains("]"), "a bracket is left in the text");
    }
}
