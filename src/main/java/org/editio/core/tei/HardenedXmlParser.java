package org.editio.core.tei;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The only way Editio reads XML from outside. It refuses DOCTYPE declarations outright, which
 * rules out external entities, DTD fetches and entity expansion (billion laughs) in one rule,
 * and it bounds document size and element depth.
 */
public final class HardenedXmlParser {

    /** Parsers kept for reuse: setting one up was a third of parsing an element of a write. */
    private static final int IDLE = 8;

    private final Processor processor;
    private final XmlLimits limits;
    private final SAXParserFactory factory;
    private final Queue<SAXParser> idle = new ConcurrentLinkedQueue<>();

    public HardenedXmlParser(Processor processor, XmlLimits limits) {
        this.processor = processor;
        this.limits = limits;
        this.factory = hardenedFactory();
    }

    public XmlLimits limits() {
        return limits;
    }

    /** Parses a whole document; throws {@link XmlRejectedException} with a position on refusal. */
    public XdmNode parse(byte[] document) {
        if (document.length > limits.maxBytes()) {
            throw new XmlRejectedException(XmlRejectedException.Reason.TOO_LARGE,
                    "Document of " + document.length + " bytes exceeds the limit of " + limits.maxBytes() + " bytes");
        }
        return parse(new ByteArrayInputStream(document));
    }

    /** Parses a document and checks that its root is a TEI document (TEI or teiCorpus). */
    public XdmNode parseTei(byte[] document) {
        XdmNode doc = parse(document);
        XdmNode root = RootElement.of(doc);
        if (!TeiNames.TEI.equals(root.getNodeName()) && !TeiNames.TEI_CORPUS.equals(root.getNodeName())) {
            throw new XmlRejectedException(XmlRejectedException.Reason.NOT_TEI,
                    "Root element is " + root.getNodeName().getClarkName() + "; expected {" + TeiNames.TEI_NS + "}TEI",
                    root.getLineNumber(), root.getColumnNumber());
        }
        return doc;
    }

    private XdmNode parse(InputStream in) {
        DocumentBuilder builder = processor.newDocumentBuilder();
        builder.setLineNumbering(true);
        SAXParser parser = null;
        try {
            parser = take();
            // We drive the parser ourselves so that its own SAXParseException (with position) reaches us.
            XMLReader reader = parser.getXMLReader();
            BuildingContentHandler tree = builder.newBuildingContentHandler();
            DepthLimit depthLimit = new DepthLimit(reader, limits.maxDepth());
            depthLimit.setContentHandler(tree);
            reader.setProperty("http://xml.org/sax/properties/lexical-handler", tree);
            depthLimit.parse(new InputSource(in));
            return tree.getDocumentNode();
        } catch (TooDeepException e) {
            throw new XmlRejectedException(XmlRejectedException.Reason.TOO_DEEP, e.getMessage(),
                    e.getLineNumber(), e.getColumnNumber());
        } catch (SAXParseException e) {
            throw rejection(e);
        } catch (SAXException | IOException e) {
            throw new XmlRejectedException(XmlRejectedException.Reason.MALFORMED, e.getMessage());
        } catch (SaxonApiException | ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be set up", e);
        } finally {
            give(parser);
        }
    }

    private SAXParser take() throws ParserConfigurationException, SAXException {
        SAXParser parser = idle.poll();
        return parser != null ? parser : factory.newSAXParser();
    }

    /** Back to the idle ones, reset to the factory's hardened settings (JAXP's reset), whatever the parse did. */
    private void give(SAXParser parser) {
        if (parser != null && idle.size() < IDLE) {
            parser.reset();
            idle.add(parser);
        }
    }

    /** Serializes a node without an XML declaration, as stored and as sent to eXist-db. */
    public String serialize(XdmNode node) {
        StringWriter out = new StringWriter();
        Serializer serializer = processor.newSerializer(out);
        serializer.setOutputProperty(Serializer.Property.OMIT_XML_DECLARATION, "yes");
        serializer.setOutputProperty(Serializer.Property.INDENT, "no");
        try {
            serializer.serializeNode(node);
        } catch (SaxonApiException e) {
            throw new IllegalStateException("Cannot serialize a parsed node", e);
        }
        return out.toString();
    }

    private static XmlRejectedException rejection(SAXParseException e) {
        String message = e.getMessage();
        if (message != null && message.contains("DOCTYPE")) {
            return new XmlRejectedException(XmlRejectedException.Reason.FORBIDDEN_CONSTRUCT,
                    "DOCTYPE declarations are not accepted (no DTDs, no entities): " + message,
                    e.getLineNumber(), e.getColumnNumber());
        }
        return new XmlRejectedException(XmlRejectedException.Reason.MALFORMED, message,
                e.getLineNumber(), e.getColumnNumber());
    }

    private static SAXParserFactory hardenedFactory() {
        // The JDK's own parser: its feature names are known, whatever else is on the classpath.
        SAXParserFactory f = SAXParserFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("XML parser cannot be hardened", e);
        }
        return f;
    }

    /** A SAXParseException subtype so that the depth refusal keeps its own reason. */
    private static final class TooDeepException extends SAXParseException {
        TooDeepException(String message, Locator locator) {
            super(message, locator);
        }
    }

    /** Counts element nesting and stops the parse past the limit, before the tree grows. */
    private static final class DepthLimit extends XMLFilterImpl {
        private final int maxDepth;
        private Locator locator;
        private int depth;

        DepthLimit(XMLReader parent, int maxDepth) {
            super(parent);
            this.maxDepth = maxDepth;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
            super.setDocumentLocator(locator);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (++depth > maxDepth) {
                throw new TooDeepException("Element nesting exceeds the limit of " + maxDepth + " levels", locator);
            }
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            depth--;
            super.endElement(uri, localName, qName);
        }

        @Override
        public void parse(InputSource input) throws SAXException, IOException {
            depth = 0;
            super.parse(input);
        }
    }
}
