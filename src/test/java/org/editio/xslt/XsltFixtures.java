package org.editio.xslt;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.util.Map;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;

/** Runs the project's stylesheets on small TEI fixtures, and evaluates XPath on what they produce. */
final class XsltFixtures {

    static final Processor PROCESSOR = new Processor(false);

    private XsltFixtures() {
    }

    static XdmNode fixture(String name) {
        try {
            URL url = XsltFixtures.class.getResource("/xslt/" + name);
            return PROCESSOR.newDocumentBuilder().build(new StreamSource(url.openStream(), url.toString()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Xslt30Transformer stylesheet(String path) {
        try {
            URL url = XsltFixtures.class.getClassLoader().getResource("xslt/" + path);
            return PROCESSOR.newXsltCompiler().compile(new StreamSource(url.openStream(), url.toString())).load30();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stylesheet given as text, whose relative imports resolve against the project's xslt/ directory. */
    static Xslt30Transformer inline(String xslt) {
        try {
            URL base = XsltFixtures.class.getClassLoader().getResource("xslt/common/functions.xsl");
            String probe = base.toString().replace("functions.xsl", "probe.xsl");
            return PROCESSOR.newXsltCompiler().compile(new StreamSource(new StringReader(xslt), probe)).load30();
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The result as a tree (also for HTML output), so that XPath can query it. */
    static XdmNode transform(Xslt30Transformer t, XdmNode source, Map<String, String> params) throws SaxonApiException {
        net.sf.saxon.s9api.XdmDestination out = new net.sf.saxon.s9api.XdmDestination();
        prepare(t, source, params).applyTemplates(source, out);
        return out.getXdmNode();
    }

    /** The result as the stylesheet's own serialization (HTML escaping included). */
    static String serialize(Xslt30Transformer t, XdmNode source, Map<String, String> params) throws SaxonApiException {
        StringWriter out = new StringWriter();
        prepare(t, source, params).applyTemplates(source, PROCESSOR.newSerializer(out));
        return out.toString();
    }

    private static Xslt30Transformer prepare(Xslt30Transformer t, XdmNode source, Map<String, String> params)
            throws SaxonApiException {
        Map<QName, XdmValue> p = new java.util.HashMap<>();
        params.forEach((k, v) -> p.put(new QName(k), new XdmAtomicValue(v)));
        t.setStylesheetParameters(p);
        t.setGlobalContextItem(source);
        return t;
    }

    /** The mini edition through the HTML stylesheet, in one view. */
    static XdmNode htmlPage(String view) throws SaxonApiException {
        return transform(stylesheet("html/edition.xsl"), fixture("mini-edition.xml"), Map.of("view", view));
    }

    static String xpath(XdmNode node, String expression) {
        try {
            XPathCompiler c = PROCESSOR.newXPathCompiler();
            c.declareNamespace("h", "http://www.w3.org/1999/xhtml");
            c.declareNamespace("fo", "http://www.w3.org/1999/XSL/Format");
            c.declareNamespace("ix", "http://editio.org/ns/fop-index");
            return c.evaluate("string-join((" + expression + ") ! string(), '|')", node).toString();
        } catch (SaxonApiException e) {
            throw new AssertionError(expression, e);
        }
    }
}
