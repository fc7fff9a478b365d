package org.editio.core.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.IncorrectSchemaException;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.Validator;
import com.thaiopensource.validate.prop.rng.RngProperty;
import com.thaiopensource.validate.rng.SAXSchemaReader;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A RELAX NG schema (XML syntax) compiled once with Jing. Validates trees that the hardened parser
 * has already built, so a document is parsed (and checked for DOCTYPEs and limits) only once.
 * Thread-safe: the compiled {@link Schema} is immutable, and each call has a Jing validator to itself.
 */
public final class RelaxNgValidator {

    /**
     * A validator keeps the derivatives of the grammar it has computed (Jing memoizes them per validator),
     * so one that has validated before validates the next document faster: validators are reused, each by
     * one call at a time. After this many documents one is dropped, so that its memo cannot grow without end.
     */
    private static final int USES = 5_000;
    private static final int IDLE = 8;

    private final Schema schema;
    private final Queue<Pooled> idle = new ConcurrentLinkedQueue<>();

    /** Compiles the schema; ID/IDREF checking is on, so duplicate xml:id values are errors. */
    public RelaxNgValidator(Path rng) {
        this(new InputSource(rng.toUri().toString()));
    }

    /** Compiles a schema given as a source; relative references resolve against its system id. */
    public RelaxNgValidator(InputSource rng) {
        PropertyMapBuilder properties = new PropertyMapBuilder();
        RngProperty.CHECK_ID_IDREF.add(properties);
        List<String> problems = new ArrayList<>();
        properties.put(ValidateProperty.ERROR_HANDLER, collector(problems));
        try {
            schema = SAXSchemaReader.getInstance().createSchema(rng, properties.toPropertyMap());
        } catch (IOException | SAXException | IncorrectSchemaException e) {
            throw new IllegalArgumentException("Cannot compile RELAX NG schema " + rng.getSystemId() + ": "
                    + (problems.isEmpty() ? e.getMessage() : String.join("; ", problems)), e);
        }
    }

    /** Validates a parsed document (built with line numbering for useful positions). */
    public List<ValidationMessage> validate(XdmNode document, String file) {
        List<ValidationMessage> messages = new ArrayList<>();
        Pooled pooled = take(messages, file);
        try {
            // Saxon replays the tree as SAX events with a locator carrying each element's position.
            document.getProcessor().writeXdmValue(document, new SAXDestination(pooled.validator.getContentHandler()));
            give(pooled);
        } catch (SaxonApiException e) {
            messages.add(new ValidationMessage(ValidationMessage.Severity.ERROR, ValidationMessage.RNG, file,
                    -1, -1, "RELAX NG validation stopped: " + e.getMessage()));
        }
        return messages;
    }

    /**
     * Validates a tree event by event, each event inside {@code located} at its own node's line and
     * column, and every other event nowhere. (Saxon's own replay never moves a line backwards, so an
     * element copied from what a client sent would take the lines of whatever preceded it.)
     */
    public List<ValidationMessage> validate(XdmNode document, String file, XdmNode located) {
        List<ValidationMessage> messages = new ArrayList<>();
        Pooled pooled = take(messages, file);
        try {
            new NodeEvents(pooled.validator.getContentHandler(), located).document(document);
            give(pooled);
        } catch (SAXException e) {
            messages.add(new ValidationMessage(ValidationMessage.Severity.ERROR, ValidationMessage.RNG, file,
                    -1, -1, "RELAX NG validation stopped: " + e.getMessage()));
        }
        return messages;
    }

    /** A validator of this schema, idle or new, whose findings go to {@code messages} until it is given back. */
    private Pooled take(List<ValidationMessage> messages, String file) {
        Pooled pooled = idle.poll();
        if (pooled == null) {
            Reporter reporter = new Reporter();
            PropertyMapBuilder properties = new PropertyMapBuilder();
            properties.put(ValidateProperty.ERROR_HANDLER, reporter);
            pooled = new Pooled(schema.createValidator(properties.toPropertyMap()), reporter);
        }
        pooled.reporter.messages = messages;
        pooled.reporter.file = file;
        return pooled;
    }

    /** Back to the idle ones, reset, after a validation that ran to its end; one stopped midway is dropped. */
    private void give(Pooled pooled) {
        pooled.reporter.messages = null;
        if (++pooled.uses < USES && idle.size() < IDLE) {
            pooled.validator.reset();
            idle.add(pooled);
        }
    }

    private static final class Pooled {
        final Validator validator;
        final Reporter reporter;
        int uses;

        Pooled(Validator validator, Reporter reporter) {
            this.validator = validator;
            this.reporter = reporter;
        }
    }

    /** Turns a validator's findings into messages of the call that has it now. */
    private static final class Reporter implements ErrorHandler {
        List<ValidationMessage> messages;
        String file;

        @Override
        public void warning(SAXParseException e) {
            add(ValidationMessage.Severity.WARNING, e);
        }

        @Override
        public void error(SAXParseException e) {
            add(ValidationMessage.Severity.ERROR, e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(ValidationMessage.Severity.ERROR, e);
        }

        private void add(ValidationMessage.Severity severity, SAXParseException e) {
            messages.add(new ValidationMessage(severity, ValidationMessage.RNG, file,
                    e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }
    }

    private static ErrorHandler collector(List<String> problems) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // schema warnings do not stop compilation
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
    }
}
