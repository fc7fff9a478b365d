package org.editio.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.XmlLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The print edition of the real edition, read back with PDFBox. */
class PdfRendererTest {

    static Processor processor;
    static PdfRenderer renderer;
    static XdmNode tei;
    static PDDocument pdf;
    static String text;

    @BeforeAll
    static void render() throws IOException {
        processor = new Processor(false);
        tei = new HardenedXmlParser(processor, XmlLimits.DEFAULT)
                .parseTei(Files.readAllBytes(Path.of("tei/trotsky-stalin.xml")));
        renderer = new PdfRenderer(processor);
        byte[] bytes = renderer.render(tei);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/trotsky-stalin.pdf"), bytes);
        pdf = Loader.loadPDF(bytes);
        text = new PDFTextStripper().getText(pdf);
    }

    @Test
    void hasTitlePageContentsAndChapters() {
        assertTrue(pdf.getNumberOfPages() > 20, "pages: " + pdf.getNumberOfPages());
        String lower = text.toLowerCase().replaceAll("\\s+", " ");
        assertTrue(lower.contains("an appraisal of the man and his influence"), "the title page");
        assertTrue(lower.contains("contents"));
        assertTrue(lower.contains("how to read this edition"), "the front matter explains the typography");
        assertTrue(lower.contains("the road to power"));
        assertTrue(lower.contains("from obscurity to the triumvirate"));
    }

    @Test
    void editorsNotesAreFootnotes() {
        assertTrue(text.contains("The Communist word for political machine"));
    }

    @Test
    void theApparatusRecordsTheTranscribedReadings() {
        assertTrue(text.contains("wou8ld"), "the transcription's reading appears in the apparatus");
        assertTrue(text.contains("gehind") || text.contains("th4e"));
    }

    @Test
    void indexOfPersonsHasPageNumbers() {
        int index = text.toLowerCase().lastIndexOf("index of persons");
        assertTrue(index > 0, "an index");
        String tail = text.substring(index);
        assertTrue(tail.matches("(?s).*Zinoviev[^\\n]*\\d+.*"), "Zinoviev with page numbers");
    }

    /** IndexPageRuns at work: each page once, ascending, runs as ranges, and the name is on every page cited. */
    @Test
    void indexCitesEachPageOnceAndTheNameIsOnIt() throws IOException {
        String tail = text.substring(text.toLowerCase().lastIndexOf("index of persons"));
        java.util.regex.Matcher entry = java.util.regex.Pattern
                .compile("Zinoviev, Grigory,((?:\\s*\\d+(?:–\\d+)?,?)+)").matcher(tail);
        assertTrue(entry.find(), "Zinoviev's entry: " + tail);
        List<Integer> pages = new ArrayList<>();
        for (String cited : entry.group(1).split(",")) {
            String[] range = cited.trim().split("–");
            int first = Integer.parseInt(range[0]);
            int last = Integer.parseInt(range[range.length - 1]);
            assertTrue(range.length == 1 || last > first, "a range runs forward: " + cited);
            for (int page = first; page <= last; page++) {
                assertTrue(pages.isEmpty() || page > pages.get(pages.size() - 1), "each page once, ascending: " + entry.group(1));
                pages.add(page);
            }
        }
        assertTrue(entry.group(1).contains("–"), "consecutive pages make a range: " + entry.group(1));
        String[] labels = pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
        List<String> numbered = List.of(labels);
        int firstBodyPage = numbered.indexOf("1");
        for (int page : pages) {
            int index = numbered.subList(firstBodyPage, numbered.size()).indexOf(String.valueOf(page)) + firstBodyPage;
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(index + 1);
            stripper.setEndPage(index + 1);
            String raw = stripper.getText(pdf);
            String onPage = raw.replace("-\n", "").replaceAll("\\s+", " ");
            // As in any index, the page cited is where the name begins: it may be hyphenated at the foot.
            boolean begunAtTheFoot = raw.matches("(?s).*\\b(Zi|Zin|Zino|Zinov|Zinovi|Zinovie)-\\n.*");
            assertTrue(onPage.contains("Zinoviev") || begunAtTheFoot, "page " + page + " names Zinoviev");
        }
    }

    @Test
    void chaptersAreBookmarked() {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(item.getTitle());
        }
        assertTrue(titles.stream().anyMatch(t -> t.contains("Road to Power")), titles.toString());
    }

    /**
     * The contents page is laid out before the chapters but finished after them, when their page numbers
     * are known; its links must still lead where the bookmarks of the same headings lead.
     */
    @Test
    void contentsLinksLeadWhereTheBookmarksLead() throws IOException {
        List<String> bookmarks = new ArrayList<>();
        bookmarkTargets(pdf.getDocumentCatalog().getDocumentOutline().children(), bookmarks);
        PDOutlineItem contents = null;
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            if (item.getTitle().equals("Contents")) {
                contents = item;
            }
        }
        assertTrue(contents != null, "a bookmark for the contents: " + bookmarks);
        PDPage contentsPage = contents.findDestinationPage(pdf);
        int contentsIndex = pdf.getPages().indexOf(contentsPage);
        List<String> links = new ArrayList<>();
        for (PDAnnotation annotation : contentsPage.getAnnotations()) {
            if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo go) {
                links.add(target(go.getDestination()));
            }
        }
        List<String> listed = bookmarks.stream()
                .filter(target -> Integer.parseInt(target.substring(0, target.indexOf('@'))) > contentsIndex).toList();
        assertTrue(links.size() > 5, "links on the contents page: " + links);
        assertEquals(listed, links, "contents links (page@top) against the bookmarks after the contents");
    }

    private static void bookmarkTargets(Iterable<PDOutlineItem> items, List<String> targets) throws IOException {
        for (PDOutlineItem item : items) {
            PDDestination destination = item.getDestination();
            if (destination == null && item.getAction() instanceof PDActionGoTo go) {
                destination = go.getDestination();
            }
            targets.add(target(destination));
            bookmarkTargets(item.children(), targets);
        }
    }

    private static String target(PDDestination destination) {
        assertTrue(destination instanceof PDPageXYZDestination, "a page destination: " + destination);
        PDPageXYZDestination xyz = (PDPageXYZDestination) destination;
        return pdf.getPages().indexOf(xyz.getPage()) + "@" + xyz.getTop();
    }

    /** The PDF is written on another thread as the pages come; its failure must still reach the caller. */
    @Test
    void aFailingOutputEndsTheRenderWithAnError() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        };
        RenderException failure = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(RenderException.class, () -> renderer.render(tei, broken)));
        assertTrue(failure.getMessage().contains("disk full"), failure.getMessage());
        assertTrue(renderer.render(tei).length > 100_000, "the renderer still works afterwards");
    }

    /** A stylesheet's error, raised before FOP has a page, is the message, not a wrapper's. */
    @Test
    void aDocumentTheStylesheetsCannotPresentGetsTheirMessage() throws Exception {
        XdmNode textless = processor.newDocumentBuilder().build(new javax.xml.transform.stream.StreamSource(
                new java.io.StringReader("<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader/></TEI>")));
        RenderException failure = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(RenderException.class, () -> renderer.render(textless)));
        assertTrue(failure.getMessage().contains("Not a TEI document with a text"), failure.getMessage());
    }

    @Test
    void everyFontIsEmbeddedAndNoGlyphIsMissing() throws IOException {
        for (PDPage page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
            }
        }
        // FOP prints '#' for a glyph its font lacks; the text itself has exactly two ("#835", "#200T").
        assertTrue(text.chars().filter(c -> c == '#').count() == 2, "a '#' stands for a missing glyph");
        assertTrue(text.contains("naïve") && text.contains("“") && text.contains("–"), "curly quotes, dashes, ï");
    }
}
