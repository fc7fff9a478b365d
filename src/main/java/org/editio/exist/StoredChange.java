package org.editio.exist;

import net.sf.saxon.s9api.XdmNode;
import org.editio.core.tei.RootElement;
import org.editio.core.tei.TeiNames;

/** A recorded change in full: its summary, and what it replaced (before) with what (after). */
public record StoredChange(ChangeSummary summary, XdmNode before, XdmNode after) {

    static StoredChange of(XdmNode change) {
        return new StoredChange(ChangeSummary.of(change), content(change, "before"), content(change, "after"));
    }

    public boolean wholeEdition() {
        return "edition".equals(summary.scope());
    }

    private static XdmNode content(XdmNode change, String wrapper) {
        for (XdmNode part : change.children(net.sf.saxon.s9api.streams.Predicates.hasName(TeiNames.EDITIO_NS, wrapper))) {
            return RootElement.firstChildOf(part);
        }
        throw new IllegalStateException("A change record without its " + wrapper);
    }
}
