package org.editio.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import net.sf.saxon.s9api.Processor;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.XmlLimits;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The edition in tei/ is valid against the project's schema and Schematron, and against TEI P5 tei_all. */
class EditionConformanceTest {

    static final Path EDITION = Path.of("tei/trotsky-stalin.xml");

    static String describe(List<ValidationMessage> messages) {
        return messages.stream().limit(20).map(ValidationMessage::format).collect(Collectors.joining("\n"));
    }

    @Test
    void editionIsValidAgainstTheProjectSchemaAndSchematron() throws IOException {
        List<ValidationMessage> messages = TeiValidator.forProject(Path.of("")).validate(EDITION);
        assertEquals(List.of(), messages, describe(messages));
    }

    @Test
    void editionIsValidTeiP5() throws IOException {
        String teiAll = System.getProperty("editio.tei-all.rng");
        Assumptions.assumeTrue(teiAll != null && Files.isRegularFile(Path.of(teiAll)),
                "tei_all.rng not available (system property editio.tei-all.rng = " + teiAll + "); skipped");
        var tree = new HardenedXmlParser(new Processor(false), XmlLimits.DEFAULT).parse(Files.readAllBytes(EDITION));
        List<ValidationMessage> messages = new RelaxNgValidator(Path.of(teiAll)).validate(tree, EDITION.toString());
        assertEquals(List.of(), messages, describe(messages));
    }
}
