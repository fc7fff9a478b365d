package org.editio.exist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import org.editio.core.tei.HardenedXmlParser;
import org.editio.core.tei.RootElement;
import org.editio.core.tei.XmlLimits;
import org.junit.jupiter.api.Test;

class ExistQueryTest {

    final HardenedXmlParser parser = new HardenedXmlParser(new Processor(false), XmlLimits.DEFAULT);

    XdmNode body(ExistQuery q) {
        return RootElement.of(parser.parse(q.toRequestBody().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void hostileValuesStayTextInsideTheirVariable() {
        String hostile = "'); xmldb:remove('/db') (: }{ </sx:value></text><text>\" &amp;";
        XdmNode query = body(ExistQuery.of("$id").bind("id", hostile));
        String text = query.select(net.sf.saxon.s9api.streams.Steps.descendant("text")).findFirst().orElseThrow()
                .getStringValue();
        assertEquals("$id", text, "the query text is unchanged");
        assertTrue(query.getStringValue().contains(hostile), "the value arrives verbatim as a string");
    }

    @Test
    void queryTextIsEscaped() {
        XdmNode query = body(ExistQuery.of("<a>{1 < 2 and 'x' = \"x\"}</a>"));
        assertEquals("<a>{1 < 2 and 'x' = \"x\"}</a>", query.getStringValue());
        assertEquals("no", query.getAttributeValue(new QName("wrap")));
    }

    @Test
    void elementBindingIsTheFirstChildOfTheValue() {
        String body = ExistQuery.of("$tei").bindElement("tei", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>")
                .toRequestBody();
        assertTrue(body.contains("<sx:value type=\"element()\"><TEI "), "no whitespace may precede the element");
    }

    @Test
    void carriageReturnsAndTabsSurvive() {
        String body = ExistQuery.of("$x").bind("x", "a\r\n\tb").toRequestBody();
        assertTrue(body.contains("a&#13;\n&#9;b"));
    }

    @Test
    void variableNamesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> ExistQuery.of("1").bind("x><y", "v"));
        assertThrows(IllegalArgumentException.class, () -> ExistQuery.of("1").bind("ok", "\u0001"));
        assertFalse(ExistQuery.of("1").toRequestBody().contains("<variables>"));
    }

    @Test
    void theServicesQueriesAreEscapedOnceAsAnyQueryIs() {
        for (XQueries q : XQueries.values()) {
            assertEquals(ExistQuery.of(q.query().text()).bind("x", "1").toRequestBody(),
                    q.query().bind("x", "1").toRequestBody(), q.name());
        }
    }
}
