package org.editio.core.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import net.sf.saxon.s9api.Processor;
import org.junit.jupiter.api.Test;

class HardenedXmlParserTest {

    final HardenedXmlParser parser = new HardenedXmlParser(new Processor(false), new XmlLimits(10_000, 20));

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void parsesTeiAndKeepsMixedContentWhitespace() {
        var doc = parser.parseTei(utf8("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><p>a <hi>b</hi> c</p></TEI>"));
        assertEquals("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><p>a <hi>b</hi> c</p></TEI>",
                parser.serialize(RootElement.of(doc)));
    }

    @Test
    void malformedXmlReportsLineAndColumn() {
        var e = assertThrows(XmlRejectedException.class, () -> parser.parse(utf8("<a>\n<b>\n</a>")));
        assertEquals(XmlRejectedException.Reason.MALFORMED, e.reason());
        assertEquals(3, e.line());
        assertTrue(e.column() > 0);
    }

    @Test
    void doctypeIsRefusedEvenWithoutEntities() {
        var e = assertThrows(XmlRejectedException.class,
                () -> parser.parse(utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE a>\n<a/>")));
        assertEquals(XmlRejectedException.Reason.FORBIDDEN_CONSTRUCT, e.reason());
        assertEquals(2, e.line());
    }

    @Test
    void externalEntityIsNeverResolved() {
        var e = assertThrows(XmlRejectedException.class, () -> parser.parse(utf8(
                "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>")));
        assertEquals(XmlRejectedException.Reason.FORBIDDEN_CONSTRUCT, e.reason());
    }

    @Test
    void depthBeyondTheLimitIsRefusedWithItsPosition() {
        String deep = "<a>".repeat(21) + "</a>".repeat(21);
        var e = assertThrows(XmlRejectedException.class, () -> parser.parse(utf8(deep)));
        assertEquals(XmlRejectedException.Reason.TOO_DEEP, e.reason());
        assertEquals(1, e.line());
        assertEquals(64, e.column(), "just after the 21st start tag");
    }

    @Test
    void depthAtTheLimitIsAccepted() {
        String deep = "<a>".repeat(20) + "</a>".repeat(20);
        parser.parse(utf8(deep));
    }

    @Test
    void sizeBeyondTheLimitIsRefusedBeforeParsing() {
        var e = assertThrows(XmlRejectedException.class, () -> parser.parse(new byte[10_001]));
        assertEquals(XmlRejectedException.Reason.TOO_LARGE, e.reason());
    }

    @Test
    void nonTeiRootIsRefused() {
        var e = assertThrows(XmlRejectedException.class, () -> parser.parseTei(utf8("<TEI><p/></TEI>")));
        assertEquals(XmlRejectedException.Reason.NOT_TEI, e.reason());
    }

    @Test
    void aParserReusedAfterRefusalsStaysHardenedAndStartsAfresh() {
        for (int i = 0; i < 3; i++) {
            assertThrows(XmlRejectedException.class, () -> parser.parse(utf8("<a>\n<b>")));
            assertThrows(XmlRejectedException.class, () -> parser.parse(utf8("<a>".repeat(21) + "</a>".repeat(21))));
            var doctype = assertThrows(XmlRejectedException.class, () -> parser.parse(utf8(
                    "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<a>&x;</a>")));
            assertEquals(XmlRejectedException.Reason.FORBIDDEN_CONSTRUCT, doctype.reason());
            // The next document is parsed from its own start: its positions are its own, not the last one's.
            var malformed = assertThrows(XmlRejectedException.class, () -> parser.parse(utf8("<a>\n</b>")));
            assertEquals(2, malformed.line());
            assertEquals("<a>ok</a>", parser.serialize(RootElement.of(parser.parse(utf8("<a>ok</a>")))));
        }
    }
}
