package org.editio.exist;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An XQuery and its external variables, written as the XML body that eXist-db's REST API takes.
 * Values are only ever bound as variables, never spliced into the query text, so that no input
 * (ids, text, markup) can change what the query does.
 */
public final class ExistQuery {

    private static final String EXIST_NS = "http://exist.sourceforge.net/NS/exist";
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final String SERIALIZED_NS = "http://exist-db.org/xquery/types/serialized";

    private record Binding(String name, String type, String content) {
    }

    private final String text;
    /** The text escaped for the request body; the service's own queries are escaped once, not per request. */
    private final String escapedText;
    private final List<Binding> bindings = new ArrayList<>();

    private ExistQuery(String text, String escapedText) {
        this.text = Objects.requireNonNull(text);
        this.escapedText = escapedText;
    }

    public static ExistQuery of(String xquery) {
        return new ExistQuery(xquery, null);
    }

    /** A query whose text was escaped already, by {@link #escape}: the texts of {@link XQueries}. */
    static ExistQuery ofEscaped(String xquery, String escaped) {
        return new ExistQuery(xquery, Objects.requireNonNull(escaped));
    }

    public ExistQuery bind(String name, String value) {
        bindings.add(new Binding(checkedName(name), "xs:string", escape(Objects.requireNonNull(value, name))));
        return this;
    }

    public ExistQuery bind(String name, long value) {
        bindings.add(new Binding(checkedName(name), "xs:integer", Long.toString(value)));
        return this;
    }

    public ExistQuery bind(String name, boolean value) {
        bindings.add(new Binding(checkedName(name), "xs:boolean", Boolean.toString(value)));
        return this;
    }

    /**
     * Binds an element. The markup must come from a serializer of a parsed tree, never from raw
     * input, so that it is well-formed and cannot close the envelope around it.
     */
    public ExistQuery bindElement(String name, String serializedElement) {
        bindings.add(new Binding(checkedName(name), "element()", Objects.requireNonNull(serializedElement, name)));
        return this;
    }

    public String text() {
        return text;
    }

    /** The request body for {@code POST /exist/rest/db}. */
    public String toRequestBody() {
        StringBuilder xml = new StringBuilder(text.length() + 512);
        xml.append("<query xmlns=\"").append(EXIST_NS).append("\" wrap=\"no\">");
        xml.append("<text>").append(escapedText != null ? escapedText : escape(text)).append("</text>");
        if (!bindings.isEmpty()) {
            xml.append("<variables>");
            for (Binding b : bindings) {
                xml.append("<variable xmlns:sx=\"").append(SERIALIZED_NS).append("\">")
                        .append("<qname><localname>").append(b.name()).append("</localname></qname>")
                        .append("<sx:sequence><sx:value type=\"").append(b.type()).append("\">")
                        .append(b.content())
                        .append("</sx:value></sx:sequence></variable>");
            }
            xml.append("</variables>");
        }
        xml.append("<properties><property name=\"indent\" value=\"no\"/></properties>");
        xml.append("</query>");
        return xml.toString();
    }

    private static String checkedName(String name) {
        if (!VARIABLE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not an XQuery variable name: " + name);
        }
        return name;
    }

    /** Escapes text for element content; CR and TAB as references so eXist's parser keeps them. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> {
                    if (c < 0x20 && c != '\n') {
                        throw new IllegalArgumentException("Control character U+" + Integer.toHexString(c) + " cannot be sent as XML");
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }
}
