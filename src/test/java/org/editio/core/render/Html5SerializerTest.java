package org.editio.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;

class Html5SerializerTest {

    static final String PAGE = """
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta charset="UTF-8"/><title>A &amp; B</title>\
            <script src="a.js" defer="defer"></script></head><body><p title="say &quot;no&quot; &lt;b&gt;">x<br/>\
            &lt;script&gt;alert(1)&lt;/script&gt; é — ‘q’</p><span class="swatch"></span><img src="i.png" alt=""/></body></html>""";

    final Processor processor = new Processor(false);

    String html(XdmNode page) throws SaxonApiException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        processor.writeXdmValue(page, Html5Serializer.to(processor, out));
        return out.toString(StandardCharsets.UTF_8);
    }

    XdmNode page() throws SaxonApiException {
        return processor.newDocumentBuilder().build(new StreamSource(new StringReader(PAGE)));
    }

    @Test
    void writesTheHtmlDoctypeAndNoXmlDeclaration() throws SaxonApiException {
        assertTrue(html(page()).startsWith("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"), html(page()));
    }

    @Test
    void voidElementsCloseThemselvesAndOthersGetAnEndTag() throws SaxonApiException {
        String html = html(page());
        assertTrue(html.contains("<meta charset=\"UTF-8\"/>"), html);
        assertTrue(html.contains("<br/>"), html);
        assertTrue(html.contains("<img src=\"i.png\" alt=\"\"/>"), html);
        assertTrue(html.contains("<script src=\"a.js\" defer=\"defer\"></script>"), html);
        assertTrue(html.contains("<span class=\"swatch\"></span>"), html);
        assertFalse(html.contains("<span class=\"swatch\"/>"), html);
    }

    @Test
    void textAndAttributesAreEscapedAndCharactersKeptAsUtf8() throws SaxonApiException {
        String html = html(page());
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertFalse(html.contains("<script>alert"), html);
        assertTrue(html.contains("title=\"say &#34;no&#34; &lt;b&gt;\""), html);
        assertTrue(html.contains("<title>A &amp; B</title>"), html);
        assertTrue(html.contains("é — ‘q’"), html);
    }

    @Test
    void otherXmlSerializersOfTheProcessorAreUnchanged() throws SaxonApiException {
        html(page());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var xml = processor.newSerializer(out);
        xml.setOutputProperty(net.sf.saxon.s9api.Serializer.Property.METHOD, "xml");
        xml.setOutputProperty(net.sf.saxon.s9api.Serializer.Property.OMIT_XML_DECLARATION, "yes");
        processor.writeXdmValue(page(), xml);
        String text = out.toString(StandardCharsets.UTF_8);
        assertFalse(text.startsWith("<!DOCTYPE"), text);
        assertTrue(text.contains("<span class=\"swatch\"/>"), text);
        assertEquals(1, countOf(text, "<html"));
    }

    static int countOf(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
