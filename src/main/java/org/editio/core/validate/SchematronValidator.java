package org.editio.core.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;

import name.dmaus.schxslt.Compiler;
import name.dmaus.schxslt.SchematronException;
import name.dmaus.schxslt.adapter.SchXslt;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XmlProcessingError;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XsltTransformer;
import org.w3c.dom.Document;

/**
 * An ISO Schematron schema compiled once, by SchXslt, to an XSLT stylesheet that Saxon compiles once
 * more; each validation is then one transformation of an already parsed tree into SVRL.
 * Thread-safe: {@link XsltExecutable} and {@link XPathExecutable} may be shared.
 */
public final class SchematronValidator {

    private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";

    private final Processor processor;
    private final XsltExecutable stylesheet;
    private final XPathExecutable findings;

    public SchematronValidator(Processor processor, Path schematron) {
        this.processor = processor;
        List<XmlProcessingError> errors = new ArrayList<>();
        try {
            // SchXslt's pipeline gets a Saxon of its own: it sets a URI resolver on its factory, and the
            // server's shared Processor should not inherit that. Compact SVRL leaves out a fired-rule
            // element for every node a rule matches, which only findings are read from here: building
            // them was most of a validation's output, and every write is validated.
            Document xslt = new Compiler(new SchXslt(), new net.sf.saxon.TransformerFactoryImpl())
                    .compile(new StreamSource(schematron.toFile()), Map.of("schxslt.svrl.compact", Boolean.TRUE));
            XsltCompiler compiler = processor.newXsltCompiler();
            compiler.setErrorList(errors);
            stylesheet = compiler.compile(new DOMSource(xslt, schematron.toUri().toString()));
            XPathCompiler xpath = processor.newXPathCompiler();
            xpath.declareNamespace("svrl", SVRL);
            findings = xpath.compile("//(svrl:failed-assert | svrl:successful-report)");
        } catch (SchematronException | SaxonApiException e) {
            throw new IllegalArgumentException("Cannot compile Schematron " + schematron + ": " + rootMessage(e)
                    + errors.stream().map(x -> "; line " + x.getLocation().getLineNumber() + ": " + x.getMessage())
                            .collect(Collectors.joining()), e);
        }
    }

    /**
     * Validates a parsed document. Each failed assert or successful report becomes a message with
     * its SVRL location (an XPath) and, when the tree was built with line numbering, its line.
     */
    public List<ValidationMessage> validate(XdmNode document, String file) {
        return validate(document, file, location -> true);
    }

    /**
     * The same, for the findings whose SVRL location {@code wanted} accepts (a null location included):
     * the others are not located in the tree, which costs an XPath each.
     */
    public List<ValidationMessage> validate(XdmNode document, String file, Predicate<String> wanted) {
        List<ValidationMessage> messages = new ArrayList<>();
        try {
            XsltTransformer transformer = stylesheet.load();
            transformer.setInitialContextNode(document);
            // A dynamic error becomes a message below; Saxon's default reporter would also print it.
            transformer.setErrorReporter(error -> { });
            XdmDestination svrl = new XdmDestination();
            transformer.setDestination(svrl);
            transformer.transform();
            var selector = findings.load();
            selector.setContextItem(svrl.getXdmNode());
            NodeLocator locator = new NodeLocator(processor, document);
            for (XdmItem item : selector.evaluate()) {
                if (wanted.test(((XdmNode) item).attribute("location"))) {
                    messages.add(message((XdmNode) item, locator, file));
                }
            }
        } catch (SaxonApiException e) {
            messages.add(new ValidationMessage(ValidationMessage.Severity.ERROR, ValidationMessage.SCHEMATRON,
                    file, -1, -1, "Schematron validation stopped: " + rootMessage(e)));
        }
        return messages;
    }

    private static ValidationMessage message(XdmNode finding, NodeLocator locator, String file) {
        String location = finding.attribute("location");
        String text = "";
        for (XdmNode child : finding.children()) {
            if (child.getNodeName() != null && child.getNodeName().getLocalName().equals("text")) {
                text = child.getStringValue().replaceAll("\\s+", " ").strip();
                break;
            }
        }
        int[] position = locator.position(location);
        return new ValidationMessage(severity(finding.attribute("role")), ValidationMessage.SCHEMATRON, file,
                position[0], position[1], text, location);
    }

    /** Schematron leaves @role open; these are the usual words, anything else is an error. */
    private static ValidationMessage.Severity severity(String role) {
        if (role == null) {
            return ValidationMessage.Severity.ERROR;
        }
        return switch (role.strip().toLowerCase()) {
            case "warning", "warn" -> ValidationMessage.Severity.WARNING;
            case "info", "information" -> ValidationMessage.Severity.INFO;
            default -> ValidationMessage.Severity.ERROR;
        };
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t.getMessage() + ")";
    }
}
