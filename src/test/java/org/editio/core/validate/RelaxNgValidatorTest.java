package org.editio.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.RootElement;
import org.editio.core.tei.XmlLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project grammar through one compiled schema, whose Jing validators are reused from call to call. */
class RelaxNgValidatorTest {

    static RelaxNgValidator grammar;
    static HardenedXmlParser parser;

    @BeforeAll
    static void compileOnce() {
        grammar = new RelaxNgValidator(Path.of(TeiValidator.PROJECT_RNG));
        parser = new HardenedXmlParser(new Processor(false), XmlLimits.DEFAULT);
    }

    static XdmNode tree(String fixture) {
        return parser.parse(TeiValidatorTest.fixture(fixture));
    }

    @Test
    void aReusedValidatorCarriesNothingOverFromTheDocumentsBefore() {
        XdmNode valid = tree("valid.xml");
        // A validator whose identifiers were not reset would find every xml:id of the second run duplicated.
        for (int i = 0; i < 3; i++) {
            assertEquals(List.of(), grammar.validate(valid, "valid.xml"));
        }
        List<ValidationMessage> duplicate = grammar.validate(tree("sch-duplicate-id.xml"), "sch-duplicate-id.xml");
        assertTrue(duplicate.stream().anyMatch(m -> m.message().contains("ID")), duplicate::toString);
        assertEquals(List.of(), grammar.validate(valid, "valid.xml"));
        List<ValidationMessage> invalid = grammar.validate(tree("rng-invalid.xml"), "rng-invalid.xml");
        assertEquals(List.of(66, 68), invalid.stream().map(ValidationMessage::line).toList(), invalid::toString);
        assertEquals(List.of(), grammar.validate(valid, "valid.xml"));
    }

    @Test
    void onlyEventsInsideTheLocatedSubtreeCarryTheirLines() {
        XdmNode invalid = tree("rng-invalid.xml");
        List<ValidationMessage> nowhere = grammar.validate(invalid, "rng-invalid.xml", (XdmNode) null);
        assertEquals(List.of(-1, -1), nowhere.stream().map(ValidationMessage::line).toList(), nowhere::toString);
        List<ValidationMessage> located = grammar.validate(invalid, "rng-invalid.xml", RootElement.of(invalid));
        assertEquals(List.of(66, 68), located.stream().map(ValidationMessage::line).toList(), located::toString);
    }
}
