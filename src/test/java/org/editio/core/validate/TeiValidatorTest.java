package org.editio.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import net.sf.saxon.s9api.Processor;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.XmlLimits;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The project schemas (tei/schema) against small fixtures, one per convention of ENCODING-SPEC.md. */
class TeiValidatorTest {

    /** Compiling both schemas takes seconds; one validator serves the whole class, as it serves a server. */
    static TeiValidator validator;

    @BeforeAll
    static void compileOnce() {
        validator = TeiValidator.forProject(Path.of(""));
    }

    static byte[] fixture(String name) {
        try (InputStream in = TeiValidatorTest.class.getResourceAsStream("/validate/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String describe(List<ValidationMessage> messages) {
        return messages.stream().map(ValidationMessage::format).collect(Collectors.joining("\n", "\n", ""));
    }

    @Test
    void miniEditionPassesRelaxNgAndSchematron() {
        List<ValidationMessage> messages = validator.validate(fixture("valid.xml"), "valid.xml");
        assertEquals(List.of(), messages, describe(messages));
        assertTrue(TeiValidator.isValid(messages));
    }

    @Test
    void miniEditionIsValidTeiAll() {
        String teiAll = System.getProperty("editio.tei-all.rng");
        Assumptions.assumeTrue(teiAll != null && Files.isRegularFile(Path.of(teiAll)),
                "tei_all.rng not available (system property editio.tei-all.rng = " + teiAll + "); skipped");
        Processor processor = new Processor(false);
        var tree = new HardenedXmlParser(processor, XmlLimits.DEFAULT).parse(fixture("valid.xml"));
        List<ValidationMessage> messages = new RelaxNgValidator(Path.of(teiAll)).validate(tree, "valid.xml");
        assertEquals(List.of(), messages, describe(messages));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            sch-corr-without-resp.xml      | 66 | corr without @resp
            sch-corr-resp-undeclared.xml   | 71 | corr/@resp="#importer #editio" does not point to a respStmt
            sch-hand-undeclared.xml        | 64 | @hand="#TR" on head does not point to a handNote
            sch-text-without-hand.xml      | 59 | text has no @hand
            sch-resp-undeclared.xml        | 67 | @resp on note points to no element of this document: #malamuth
            sch-persname-unregistered.xml  | 71 | persName/@ref="#koba" does not point to a person
            sch-chain-dangling.xml         | 66 | @next="#ch12-cm9" on seg points to no element
            sch-chain-not-reciprocal.xml   | 66 | #ch12-cm2 must have prev="#ch12-cm1"
            sch-bracket-character.xml      | 68 | Bracket character in p (“He wrote: [see below]”)
            sch-choice-two-corr.xml        | 66 | choice must hold exactly one sic and one corr (found: corr, corr)
            sch-note-without-resp.xml      | 67 | Editorial note without @resp
            sch-duplicate-id.xml           | 75 | Duplicate xml:id "ch12-p4"
            sch-paragraph-without-id.xml   | 68 | p without xml:id
            """)
    void eachConventionHasItsSchematronMessage(String fixture, int line, String expected) {
        List<ValidationMessage> messages = validator.validate(fixture(fixture), fixture);
        assertFalse(TeiValidator.isValid(messages), describe(messages));
        assertTrue(messages.stream().anyMatch(m -> m.source().equals(ValidationMessage.SCHEMATRON)
                        && m.message().contains(expected) && m.line() == line && m.column() > 0
                        && m.location() != null && m.location().startsWith("/Q{http://www.tei-c.org/ns/1.0}TEI[1]")),
                "expected a Schematron message at line " + line + " containing «" + expected + "»:" + describe(messages));
    }

    @Test
    void notWellFormedDocumentGivesOneParserMessageWithPosition() {
        List<ValidationMessage> messages = validator.validate(fixture("not-well-formed.xml"), "not-well-formed.xml");
        assertEquals(1, messages.size(), describe(messages));
        ValidationMessage m = messages.get(0);
        assertEquals(ValidationMessage.XML, m.source());
        assertEquals(5, m.line());
        assertTrue(m.message().contains("fileDesc"), m.message());
    }

    @Test
    void relaxNgErrorsCarryLineAndColumn() {
        List<ValidationMessage> messages = validator.validate(fixture("rng-invalid.xml"), "rng-invalid.xml");
        List<ValidationMessage> rng = messages.stream().filter(m -> m.source().equals(ValidationMessage.RNG)).toList();
        assertEquals(2, rng.size(), describe(messages));
        assertEquals(66, rng.get(0).line());
        assertTrue(rng.get(0).message().contains("\"cert\""), rng.get(0).message());
        assertEquals(68, rng.get(1).line());
        assertTrue(rng.get(1).message().contains("attribute \"type\" not allowed"), rng.get(1).message());
        assertTrue(rng.get(1).column() > 0);
        assertTrue(rng.get(1).format().startsWith("rng-invalid.xml:68:"), rng.get(1).format());
    }

    @Test
    void doctypeAndExternalEntitiesAreRefusedBeforeValidation() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">&x;</TEI>";
        List<ValidationMessage> messages = validator.validate(xxe.getBytes(StandardCharsets.UTF_8), "xxe.xml");
        assertEquals(1, messages.size(), describe(messages));
        assertEquals(ValidationMessage.XML, messages.get(0).source());
        assertEquals(2, messages.get(0).line());
        assertTrue(messages.get(0).message().contains("DOCTYPE"), messages.get(0).message());
    }

    @Test
    void oneInstanceServesConcurrentValidations() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ValidationMessage>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String name = i % 2 == 0 ? "valid.xml" : "sch-note-without-resp.xml";
                results.add(pool.submit(() -> validator.validate(fixture(name), name)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(i % 2 == 0 ? 0 : 1, results.get(i).get().size(), describe(results.get(i).get()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
