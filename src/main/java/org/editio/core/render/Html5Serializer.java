package org.editio.core.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Properties;
import java.util.Set;

import net.sf.saxon.Configuration;
import net.sf.saxon.event.SequenceReceiver;
import net.sf.saxon.lib.SerializerFactory;
import net.sf.saxon.om.AttributeMap;
import net.sf.saxon.om.NamespaceMap;
import net.sf.saxon.om.NodeName;
import net.sf.saxon.s9api.Location;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.serialize.Emitter;
import net.sf.saxon.serialize.SerializationProperties;
import net.sf.saxon.serialize.XMLEmitter;
import net.sf.saxon.str.StringConstants;
import net.sf.saxon.trans.XPathException;
import net.sf.saxon.type.SchemaType;

/**
 * Writes the reading site as HTML5 through Saxon's XML emitter: the same escaping of text and
 * attributes ({@code < & > "}), with the HTML syntax's doctype and an end tag for every element that
 * is not void. Saxon's own html method checks each element and character against HTML 4 rules the
 * pages do not need and took a third of the render time (docs/PERFORMANCE.md).
 *
 * <p>The pages' elements are in the XHTML namespace, so the root carries {@code xmlns}, which the
 * HTML syntax allows on {@code html} with exactly that value.
 */
public final class Html5Serializer {

    /** The serialization property that asks for this emitter instead of Saxon's XML emitter. */
    static final QName HTML5 = new QName("http://editio.org/ns/xslt", "html5");

    /** Elements that have no end tag in HTML (HTML Living Standard, 13.1.2). */
    static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr");

    private Html5Serializer() {
    }

    /** A serializer writing UTF-8 HTML5 to {@code out}; installs the emitter in the processor once. */
    public static Serializer to(Processor processor, OutputStream out) {
        Configuration config = processor.getUnderlyingConfiguration();
        synchronized (config) {
            if (!(config.getSerializerFactory() instanceof Factory)) {
                config.setSerializerFactory(new Factory(config));
            }
        }
        Serializer serializer = processor.newSerializer(out);
        serializer.setOutputProperty(Serializer.Property.METHOD, "xml");
        serializer.setOutputProperty(Serializer.Property.ENCODING, StandardCharsets.UTF_8.name());
        serializer.setOutputProperty(Serializer.Property.OMIT_XML_DECLARATION, "yes");
        serializer.setOutputProperty(Serializer.Property.INDENT, "no");
        serializer.setOutputProperty(HTML5, "yes");
        return serializer;
    }

    /** Saxon's factory, except for the XML emitter of serializers marked {@link #HTML5}. */
    static final class Factory extends SerializerFactory {
        Factory(Configuration config) {
            super(config);
        }

        /** The emitter itself leaves out inherited namespaces, so Saxon's NamespaceDifferencer is not needed. */
        @Override
        protected SequenceReceiver createXMLSerializer(XMLEmitter emitter, SerializationProperties params) throws XPathException {
            return emitter instanceof Html5Emitter ? makeSequenceNormalizer(emitter, params.getProperties())
                    : super.createXMLSerializer(emitter, params);
        }

        @Override
        protected Emitter newXMLEmitter(Properties properties) {
            return "yes".equals(properties.getProperty(HTML5.getClarkName())) ? new Html5Emitter() : super.newXMLEmitter(properties);
        }
    }

    static final class Html5Emitter extends XMLEmitter {
        private static final byte[] DOCTYPE_HTML = "<!DOCTYPE html>".getBytes(StandardCharsets.US_ASCII);
        private final ArrayDeque<NamespaceMap> inScope = new ArrayDeque<>();

        /** Declares an element's namespaces unless they are its parent's (in these pages: all but the root's). */
        @Override
        public void startElement(NodeName name, SchemaType type, AttributeMap attributes, NamespaceMap namespaces,
                                 Location location, int properties) throws XPathException {
            NamespaceMap inherited = inScope.isEmpty() ? NamespaceMap.emptyMap() : inScope.peek();
            inScope.push(namespaces);
            super.startElement(name, type, attributes, namespaces == inherited ? NamespaceMap.emptyMap() : namespaces,
                    location, properties);
        }

        @Override
        public void endElement() throws XPathException {
            inScope.pop();
            super.endElement();
        }

        @Override
        protected boolean writeDocTypeWithNullSystemId() {
            return true;
        }

        @Override
        protected void writeDocType(NodeName name, String displayName, String systemId, String publicId) throws XPathException {
            try {
                writer.writeAscii(DOCTYPE_HTML);
            } catch (IOException e) {
                throw new XPathException(e);
            }
        }

        /** {@code <br/>} for void elements; {@code <span></span>}, never {@code <span/>}, for the others. */
        @Override
        protected void writeEmptyElementTagCloser(String displayName, NodeName name) throws IOException {
            if (VOID.contains(name.getLocalPart())) {
                writer.writeAscii(StringConstants.EMPTY_TAG_END);
            } else {
                writer.writeCodePoint('>');
                writer.writeAscii(StringConstants.END_TAG_START);
                writer.write(displayName);
                writer.writeCodePoint('>');
            }
        }
    }
}
