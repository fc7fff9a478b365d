package org.editio.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.RootElement;
import org.editio.core.tei.XmlLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** xslt/edit/replace-fragment.xsl: the draft with elements replaced, and nothing else changed. */
class DraftPatcherTest {

    static final Processor SAXON = new Processor(false);
    static final HardenedXmlParser PARSER = new HardenedXmlParser(SAXON, XmlLimits.DEFAULT);
    static XdmNode edition;
    static DraftPatcher patcher;

    @BeforeAll
    static void load() throws IOException {
        edition = RootElement.of(PARSER.parse(Files.readAllBytes(Path.of("tei/trotsky-stalin.xml"))));
        patcher = new DraftPatcher(SAXON);
    }

    static XdmNode element(String xml) {
        return RootElement.of(PARSER.parse(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theElementIsReplacedAndTheRestIsAsItWas() throws SaxonApiException {
        Editor editor = new Editor("editor1", "Edith Editor");
        // The editor declared first, so that the edit below changes the paragraph only.
        XdmNode draft = patcher.replace(edition, (XdmNode) SAXON.newXPathCompiler().evaluateSingle("id('ch12-p30')", edition), editor);
        XdmNode patched = patcher.replace(draft, element("<p xmlns='http://www.tei-c.org/ns/1.0' xml:id='ch12-p30'>new</p>"), editor);
        assertEquals("new", xpath(patched, "string(id('ch12-p30'))", null));
        // Every node outside the paragraph and its ancestors, attributes included, is as it was.
        assertEquals("true", xpath(patched, """
                let $outside := function($tree) {
                    (root($tree)//node() | root($tree)//@*)[not(ancestor-or-self::*[@xml:id = 'ch12-p30'])]
                        [not(descendant::*[@xml:id = 'ch12-p30'])] }
                return deep-equal($outside(.), $outside($d))""", draft));
    }

    @Test
    void severalElementsAreReplacedInOneCopy() throws SaxonApiException {
        XdmNode patched = patcher.replaceAll(edition, java.util.List.of(
                element("<p xmlns='http://www.tei-c.org/ns/1.0' xml:id='ch12-p30'>thirty</p>"),
                element("<p xmlns='http://www.tei-c.org/ns/1.0' xml:id='ch11-p20'>twenty</p>")));
        assertEquals("thirty twenty", xpath(patched, "string-join((id('ch12-p30'), id('ch11-p20')), ' ')", null));
        assertEquals("true", xpath(patched, """
                let $outside := function($tree) {
                    (root($tree)//node() | root($tree)//@*)[not(ancestor-or-self::*[@xml:id = ('ch12-p30', 'ch11-p20')])]
                        [not(descendant::*[@xml:id = ('ch12-p30', 'ch11-p20')])] }
                return deep-equal($outside(.), $outside($d))""", edition));
    }

    @Test
    void anEditorNotYetInTheHeaderIsDeclaredOnce() throws SaxonApiException {
        XdmNode patched = patcher.replace(edition, (XdmNode) SAXON.newXPathCompiler().evaluateSingle("id('ch12-p30')", edition),
                new Editor("editor1", "Edith Editor"));
        assertEquals("Edith Editor", xpath(patched, "string(//*:titleStmt/*:respStmt[@xml:id = 'user-editor1']/*:name)", null));
        XdmNode again = patcher.replace(patched, (XdmNode) SAXON.newXPathCompiler().evaluateSingle("id('ch12-p30')", patched),
                new Editor("editor1", "Edith Editor"));
        assertEquals("1", xpath(again, "string(count(//*[@xml:id = 'user-editor1']))", null));
    }

    @Test
    void anElementOfTheTitleStatementIsReplacedWhileTheEditorIsDeclared() throws SaxonApiException {
        XdmNode patched = patcher.replace(edition, element("<respStmt xmlns='http://www.tei-c.org/ns/1.0' xml:id='importer'><resp>import</resp><name>Editio</name></respStmt>"),
                new Editor("editor2", "Edgar Editor"));
        assertEquals("import", xpath(patched, "string(id('importer')/*:resp)", null));
        assertEquals("true", xpath(patched, "exists(id('user-editor2'))", null));
    }

    /** xslt/edit/without-old-log.xsl: the log's chunks keep their newest entry; nothing else changes. */
    @Test
    void theDraftForValidationKeepsTheNewestEntryOfEachChunkOfTheLog() throws SaxonApiException {
        String tei = PARSER.serialize(edition).replace("<listChange>", """
                <listChange><listChange xml:id="changes-2"><change xml:id="rev-4" who="#editio">4</change>\
                <change xml:id="rev-3" who="#editio">3</change></listChange><listChange xml:id="changes-1">\
                <change xml:id="rev-2" who="#editio">2</change><change xml:id="rev-1" who="#editio">1</change>\
                </listChange>""");
        XdmNode logged = RootElement.of(PARSER.parse(tei.getBytes(StandardCharsets.UTF_8)));
        XdmNode draft = patcher.withoutOldLog(logged);
        assertEquals("rev-4 rev-2", xpath(draft, "string-join(//*:change/@xml:id, ' ')", null));
        assertEquals("3", xpath(draft, "string(count(//*:change))", null), "the importer's entry stays too");
        assertEquals("true", xpath(draft, """
                let $rest := function($tree) {
                    (root($tree)//node() | root($tree)//@*)[not(ancestor-or-self::*:revisionDesc)][not(descendant::*:revisionDesc)] }
                return deep-equal($rest(.), $rest($d))""", logged));
    }

    static String xpath(XdmNode context, String expression, XdmNode d) throws SaxonApiException {
        var compiler = SAXON.newXPathCompiler();
        compiler.declareVariable(new QName("d"));
        var selector = compiler.compile(expression).load();
        selector.setContextItem(context);
        selector.setVariable(new QName("d"), d == null ? context : d);
        return selector.evaluateSingle().getStringValue();
    }
}
