package org.editio.core.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.XmlLimits;
import org.editio.core.tei.XmlRejectedException;

/**
 * Validates a TEI document of the edition against the project's RELAX NG schema and its Schematron
 * conventions, and reports every finding with a file, line and column.
 *
 * <p>The document is parsed once, by {@link HardenedXmlParser} (no DOCTYPE, hence no DTD and no external
 * entity; size and depth limits), and both checks run on that one tree. Both schemas are compiled in the
 * constructor, so one instance serves any number of validations, concurrently if need be.
 */
public final class TeiValidator {

    /** Where the project keeps its schemas, relative to the project directory. */
    public static final String PROJECT_RNG = "tei/schema/editio.rng";
    public static final String PROJECT_SCHEMATRON = "tei/schema/editio.sch";

    private final HardenedXmlParser parser;
    private final RelaxNgValidator rng;
    private final SchematronValidator schematron;
    private final Processor processor;
    private final Path rngSchema;
    private final Path schematronSchema;
    private volatile EditValidator edits;

    public TeiValidator(Processor processor, XmlLimits limits, Path rngSchema, Path schematronSchema) {
        this.parser = new HardenedXmlParser(processor, limits);
        this.rng = new RelaxNgValidator(rngSchema);
        this.schematron = new SchematronValidator(processor, schematronSchema);
        this.processor = processor;
        this.rngSchema = rngSchema;
        this.schematronSchema = schematronSchema;
    }

    public TeiValidator(Path rngSchema, Path schematronSchema) {
        this(new Processor(false), XmlLimits.DEFAULT, rngSchema, schematronSchema);
    }

    /** The validator for the project's own schemas ({@value #PROJECT_RNG}, {@value #PROJECT_SCHEMATRON}). */
    public static TeiValidator forProject(Path projectDirectory) {
        return new TeiValidator(projectDirectory.resolve(PROJECT_RNG), projectDirectory.resolve(PROJECT_SCHEMATRON));
    }

    /** Validates a file; messages carry the path as given. */
    public List<ValidationMessage> validate(Path file) throws IOException {
        return validate(Files.readAllBytes(file), file.toString());
    }

    /**
     * Validates a document held in memory. {@code file} only labels the messages. A document that
     * cannot be read (not well-formed, DOCTYPE, over the limits) gives one message of source
     * {@value ValidationMessage#XML} and no schema checks.
     */
    public List<ValidationMessage> validate(byte[] document, String file) {
        XdmNode tree;
        try {
            tree = parser.parse(document);
        } catch (XmlRejectedException e) {
            return List.of(new ValidationMessage(ValidationMessage.Severity.ERROR, ValidationMessage.XML, file,
                    e.line(), e.column(), e.getMessage()));
        }
        List<ValidationMessage> messages = new ArrayList<>(rng.validate(tree, file));
        messages.addAll(schematron.validate(tree, file));
        return List.copyOf(messages);
    }

    /**
     * The validator of single-element edits against these schemas, made on first use (deriving its
     * grammar costs a little, and the command line and imports never need it).
     */
    public EditValidator edits() {
        EditValidator e = edits;
        if (e == null) {
            synchronized (this) {
                if (edits == null) {
                    edits = new EditValidator(processor, rngSchema, schematronSchema, schematron);
                }
                e = edits;
            }
        }
        return e;
    }

    /** True when none of the messages is an error (warnings and information do not count). */
    public static boolean isValid(List<ValidationMessage> messages) {
        return messages.stream().noneMatch(ValidationMessage::isError);
    }
}
