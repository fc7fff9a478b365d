package org.editio.core.importer;

import java.util.ArrayDeque;
import java.util.Deque;

/** A small writer for well-formed XML: escapes text and attributes and closes what it opens. */
final class XmlBuilder {

    private final StringBuilder out = new StringBuilder(256 * 1024);
    private final Deque<String> open = new ArrayDeque<>();

    XmlBuilder start(String name, String... attributes) {
        out.append('<').append(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1], true)).append('"');
            }
        }
        out.append('>');
        open.push(name);
        return this;
    }

    XmlBuilder empty(String name, String... attributes) {
        start(name, attributes);
        out.setLength(out.length() - 1);
        out.append("/>");
        open.pop();
        return this;
    }

    XmlBuilder text(CharSequence text) {
        out.append(escape(text, false));
        return this;
    }

    /** Markup that is already well-formed XML (a serialized, parsed element). */
    XmlBuilder raw(String xml) {
        out.append(xml);
        return this;
    }

    XmlBuilder end() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    XmlBuilder newline() {
        out.append('\n');
        return this;
    }

    String build() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("Unclosed elements: " + open);
        }
        return out.toString();
    }

    static CharSequence escape(CharSequence s, boolean attribute) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                default -> b.append(c);
            }
        }
        return b;
    }
}
