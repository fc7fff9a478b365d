package org.editio.exist;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import org.editio.core.tei.TeiNames;

/**
 * One recorded change, without its before and after: what was changed (an element by xml:id, or the
 * whole edition), by whom and when, and its review (status pending, accepted or rejected).
 */
public record ChangeSummary(long revision, String fragment, String scope, String operation, String user,
                            String when, String status, String summary, String reviewer, String reviewed,
                            String comment) {

    /** From an {@code ed:change} record of changes.xml. */
    static ChangeSummary of(XdmNode change) {
        return new ChangeSummary(Long.parseLong(change.getAttributeValue(new QName("rev"))),
                emptyToNull(change.getAttributeValue(new QName("fragment"))),
                change.getAttributeValue(new QName("scope")) == null ? "fragment" : change.getAttributeValue(new QName("scope")),
                change.getAttributeValue(new QName("operation")),
                change.getAttributeValue(new QName("user")),
                change.getAttributeValue(new QName("when")),
                change.getAttributeValue(new QName("status")),
                childText(change, "summary"),
                change.getAttributeValue(new QName("reviewer")),
                change.getAttributeValue(new QName("reviewed")),
                childText(change, "comment"));
    }

    static String childText(XdmNode parent, String localName) {
        for (XdmNode child : parent.children(net.sf.saxon.s9api.streams.Predicates.hasName(TeiNames.EDITIO_NS, localName))) {
            return child.getStringValue();
        }
        return null;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
