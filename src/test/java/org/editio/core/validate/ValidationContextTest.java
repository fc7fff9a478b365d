package org.editio.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.editio.core.render.Stylesheets;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.RootElement;
import org.editio.core.tei.XmlIds;
import org.editio.core.tei.XmlLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** xslt/edit/validation-context.xsl: what of the edited draft each check is given. */
class ValidationContextTest {

    static final Processor SAXON = new Processor(false);
    static final HardenedXmlParser PARSER = new HardenedXmlParser(SAXON, XmlLimits.DEFAULT);
    static XdmNode edition;

    @BeforeAll
    static void load() throws IOException {
        edition = PARSER.parse(Files.readAllBytes(Path.of("tei/trotsky-stalin.xml")));
    }

    @Test
    void theGrammarSeesTheElementInFullAndItsAncestorsOtherChildrenAsStubs() throws SaxonApiException {
        XdmNode context = cut("grammar-context", "ch12-p30", s -> s);
        assertEquals("true", xpath(context, "exists(//*:p[@xml:id = 'ch12-p30']//*:choice)"));
        assertEquals("true", xpath(context, "every $p in //*:p[@xml:id != 'ch12-p30'] satisfies ($p/@*:stub and empty($p/node()))"));
        assertEquals("true", xpath(context, "exists(/*:TEI/*:teiHeader/@*:stub)"));
    }

    @Test
    void anUnchangedIdentifierBringsNoOutsideElementAndAChangedLinkBringsItsPartner() throws SaxonApiException {
        XdmNode same = cut("rule-context", "ch11-p98", s -> s.replace("</p>", " more</p>"));
        assertEquals("1", xpath(same, "count(//processing-instruction('editio-focus'))"));
        XdmNode unlinked = cut("rule-context", "ch11-p98", s -> s.replace(" next=\"#ch11-cm24\"", ""));
        assertEquals("true", xpath(unlinked,
                "exists(//processing-instruction('editio-focus')/following-sibling::*[1][@xml:id = 'ch11-cm24'][parent::*:p/@xml:id = 'ch11-p99'])"));
    }

    @Test
    void whatTheRulesFollowStandsAsStubsWithTheirAttributes() throws SaxonApiException {
        XdmNode context = cut("rule-context", "ch12-p30", s -> s);
        assertTrue(Boolean.parseBoolean(xpath(context, "exists(//*:stubs/*:handNote[@xml:id = 'CM'][@scribeRef])")));
        assertTrue(Boolean.parseBoolean(xpath(context, "exists(//*:stubs/*:respStmt[@xml:id = 'editio'])")));
        // ch12-p30 links to ch12-p29 and ch12-p31, which stand as stubs for the chain rule.
        assertTrue(Boolean.parseBoolean(xpath(context, "exists(//*:stubs/*[@xml:id = 'ch12-p31'][@prev = '#ch12-p30'])")));
        assertEquals("0", xpath(context, "count(//*:stubs/*/node())"));
    }

    static XdmNode cut(String template, String xmlId, java.util.function.UnaryOperator<String> edit) throws SaxonApiException {
        XdmNode before = XmlIds.find(edition, xmlId).orElseThrow();
        XdmNode element = RootElement.of(PARSER.parse(edit.apply(PARSER.serialize(before)).getBytes(StandardCharsets.UTF_8)));
        Xslt30Transformer t = Stylesheets.compile(SAXON, "edit/validation-context.xsl").load30();
        t.setGlobalContextItem(edition);
        t.setStylesheetParameters(Map.of(new QName("fragment-id"), new XdmAtomicValue(xmlId), new QName("replacement"), element));
        XdmDestination result = new XdmDestination();
        t.callTemplate(new QName(template), result);
        return result.getXdmNode();
    }

    static String xpath(XdmNode context, String expression) throws SaxonApiException {
        return SAXON.newXPathCompiler().evaluateSingle(expression, context).getStringValue();
    }
}
