package org.editio.core.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import org.editio.core.render.Stylesheets;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.XmlLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** xslt/edit/stubbed-grammar.xsl: a stub may stand for any element, and changes nothing else. */
class StubbedGrammarTest {

    static final Processor SAXON = new Processor(false);
    static final HardenedXmlParser PARSER = new HardenedXmlParser(SAXON, XmlLimits.DEFAULT);
    static final String TEI = "xmlns='http://www.tei-c.org/ns/1.0' xmlns:ed='http://editio.org/ns/1.0'";
    static RelaxNgValidator grammar;

    @BeforeAll
    static void derive() throws SaxonApiException {
        StringWriter rng = new StringWriter();
        Path project = Path.of(TeiValidator.PROJECT_RNG);
        Stylesheets.compile(SAXON, "edit/stubbed-grammar.xsl").load30()
                .transform(new StreamSource(project.toFile()), SAXON.newSerializer(rng));
        InputSource source = new InputSource(new StringReader(rng.toString()));
        source.setSystemId(project.toUri().toString());
        grammar = new RelaxNgValidator(source);
    }

    static List<ValidationMessage> validate(String xml) {
        return grammar.validate(PARSER.parse(xml.getBytes(StandardCharsets.UTF_8)), "t");
    }

    @Test
    void stubsStandForWholeElements() {
        assertTrue(validate("<TEI " + TEI + "><teiHeader ed:stub=''/><text ed:stub=''/></TEI>").isEmpty());
    }

    @Test
    void theParentStillNeedsItsChildren() {
        assertFalse(validate("<TEI " + TEI + "><teiHeader ed:stub=''/></TEI>").isEmpty());
    }

    @Test
    void aStubHasNoContentAndNoOtherAttribute() {
        assertFalse(validate("<TEI " + TEI + "><teiHeader ed:stub=''><x/></teiHeader><text ed:stub=''/></TEI>").isEmpty());
        assertFalse(validate("<TEI " + TEI + "><teiHeader ed:stub='' n='1'/><text ed:stub=''/></TEI>").isEmpty());
    }

    @Test
    void elementsThatAreNotStubsAreCheckedAsBefore() {
        assertFalse(validate("<TEI " + TEI + "><teiHeader ed:stub=''/><text><body><p xml:id='a'><bogus/></p></body></text></TEI>")
                .isEmpty());
    }
}
