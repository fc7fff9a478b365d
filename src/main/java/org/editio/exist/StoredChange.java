package org.editio.exist;

import java.util.Optional;

import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
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
            Optional<XdmNode> element = part.select(net.sf.saxon.s9api.streams.Steps.child()
                    .where(n -> n.getNodeKind() == XdmNodeKind.ELEMENT)).findFirst();
            if (element.isPresent()) {
                return element.get();
            }
        }
        throw new IllegalStateException("A change record without its " + wrapper);
    }
}
