package org.editio.core.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

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
 * Thread-safe: the compiled {@link Schema} is immutable, each call gets its own Jing validator.
 */
public final class RelaxNgValidator {

    private final Schema schema;

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
        Validator validator = validator(messages, file);
        try {
            // Saxon replays the tree as SAX events with a locator carrying each element's position.
            document.getProcessor().writeXdmValue(document, new SAXDestination(validator.getContentHandler()));
        } catch (SaxonApiException e) {
            messages.add(new ValidationMessage(ValidationMessage.Severity.ERROR, ValidationMessage.RNG, file,
                    -1, -1, "RELAX NG validation stopped: " + e.getMessage()));
        }
        return messages;
    }

    /**
     * Validates a tree event by event, each event located at its own node's line and column where
     * {@code located} holds, and nowhere otherwise. (Saxon's own replay never moves a line backwards,
     * so an element copied from what a client sent would take the lines of whatever preceded it.)
     */
    public List<ValidationMessage> validate(XdmNode document, String file, Predicate<XdmNode> located) {
        List<ValidationMessage> messages = new ArrayList<>();
        Validator validator = validator(messages, file);
        try {
            new NodeEvents(validator.getContentHandler(), located).document(document);
        } catch (SAXException e) {
            messages.add(new ValidationMessage(ValidationMessage.Severity.ERROR, ValidationMessage.RNG, file,
                    -1, -1, "RELAX NG validation stopped: " + e.getMessage()));
        }
        return messages;
    }

    /** A Jing validator of this schema whose findings go to {@code messages}. */
    private Validator validator(List<ValidationMessage> messages, String file) {
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, reporter(messages, file));
        return schema.createValidator(properties.toPropertyMap());
    }

    private static ErrorHandler reporter(List<ValidationMessage> messages, String file) {
        return new ErrorHandler() {
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
        };
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
