package org.editio.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.RootElement;
import org.editio.core.tei.XmlLimits;
import org.junit.jupiter.api.Test;

/** xslt/edit/mark-span.xsl and operations.xsl, through the class the service uses. */
class SemanticEditsTest {

    static final String TEI = "xmlns='http://www.tei-c.org/ns/1.0'";
    static final String NS = " xmlns=\"http://www.tei-c.org/ns/1.0\"";
    static final Processor PROCESSOR = new Processor(false);
    static final HardenedXmlParser PARSER = new HardenedXmlParser(PROCESSOR, new XmlLimits(1 << 20, 64));
    static final SemanticEdits EDITS = new SemanticEdits(PROCESSOR);

    static XdmNode xml(String s) {
        return RootElement.of(PARSER.parse(s.getBytes(StandardCharsets.UTF_8)));
    }

    static String mark(String p, int start, int end, String wrapper) {
        return PARSER.serialize(EDITS.mark(xml(p), start, end, xml(wrapper))).replace(NS, "");
    }

    static final String P = "<p " + TEI + " xml:id='p1'>He wou8ld see <persName ref='#stalin'>Stalin</persName> soon.</p>";
    static final String CHOICE = "<choice " + TEI + " xmlns:ed='http://editio.org/ns/1.0' xml:id='p1-c1'>"
            + "<sic ed:slot='1'/><corr resp='#user-a'>would</corr></choice>";

    @Test
    void aSpanInsideATextNodeBecomesTheSicOfACorrection() {
        assertEquals("<p xml:id=\"p1\">He <choice xml:id=\"p1-c1\"><sic>wou8ld</sic><corr resp=\"#user-a\">would</corr>"
                + "</choice> see <persName ref=\"#stalin\">Stalin</persName> soon.</p>", mark(P, 3, 9, CHOICE));
    }

    @Test
    void aSpanMayCoverWholeElementsAndPartsOfTextAroundThem() {
        String marked = mark(P, 10, 25, "<seg " + TEI + " xmlns:ed='http://editio.org/ns/1.0' hand='#CM' ed:slot='1'/>");
        assertEquals("<p xml:id=\"p1\">He wou8ld <seg hand=\"#CM\">see <persName ref=\"#stalin\">Stalin</persName> soon</seg>.</p>",
                marked);
    }

    @Test
    void aSpanThatIsExactlyAnElementIsWrappedAroundIt() {
        String marked = mark(P, 14, 20, "<quote " + TEI + " xmlns:ed='http://editio.org/ns/1.0' ed:slot='1'/>");
        assertTrue(marked.contains("<quote><persName ref=\"#stalin\">Stalin</persName></quote>"), marked);
    }

    @Test
    void aSpanInsideAnElementIsMarkedThere() {
        String marked = mark(P, 15, 18, "<hi " + TEI + " xmlns:ed='http://editio.org/ns/1.0' ed:slot='1'/>");
        assertTrue(marked.contains("<persName ref=\"#stalin\">S<hi>tal</hi>in</persName>"), marked);
    }

    @Test
    void anEmptySpanInsertsANote() {
        String marked = mark(P, 9, 9, "<note " + TEI + " xml:id='p1-n1'>Sic.</note>");
        assertTrue(marked.startsWith("<p xml:id=\"p1\">He wou8ld<note xml:id=\"p1-n1\">Sic.</note> see"), marked);
    }

    @Test
    void aSpanAcrossAnElementsBoundaryIsRefusedWithTheReason() {
        InvalidEditException e = assertThrows(InvalidEditException.class, () -> mark(P, 12, 17, CHOICE));
        assertTrue(e.getMessage().contains("covers part of a persName (14–20)"), e.getMessage());
    }

    @Test
    void aSpanOutsideTheTextIsRefused() {
        InvalidEditException e = assertThrows(InvalidEditException.class, () -> mark(P, 20, 99, CHOICE));
        assertTrue(e.getMessage().contains("not within the 26 characters"), e.getMessage());
    }

    @Test
    void aNoteGetsNewWordsAndKeepsItsLabelAndSignature() {
        XdmNode note = xml("<note " + TEI + " xml:id='n1' resp='#CM'><label>Note:</label> Old words <seg type='signature'>– C.M.</seg></note>");
        String edited = PARSER.serialize(EDITS.noteText(note, "n1", "New & better")).replace(NS, "");
        assertEquals("<note xml:id=\"n1\" resp=\"#CM\"><label>Note:</label> New &amp; better <seg type=\"signature\">– C.M.</seg></note>", edited);
    }

    @Test
    void acceptingACorrectionAddsTheEditorToItsResp() {
        XdmNode choice = xml("<choice " + TEI + " xml:id='c1'><sic>th4e</sic><corr resp='#importer' cert='medium'>the</corr></choice>");
        String accepted = PARSER.serialize(EDITS.acceptCorrection(choice, "c1", "#user-editor1"));
        assertTrue(accepted.contains("<corr resp=\"#importer #user-editor1\" cert=\"high\">the</corr>"), accepted);
    }

    @Test
    void rejectingACorrectionLeavesTheTranscriptionsReading() {
        XdmNode p = xml("<p " + TEI + " xml:id='p1'>Read <choice xml:id='c1'><sic>th4e</sic><corr resp='#importer'>the</corr></choice> book.</p>");
        String rejected = PARSER.serialize(EDITS.rejectCorrection(p, "c1")).replace(NS, "");
        assertEquals("<p xml:id=\"p1\">Read th4e book.</p>", rejected);
    }
}
