package org.editio.core.render;

import java.util.HashMap;

import org.apache.fop.fo.ElementMapping;

/**
 * Registers {@link IndexPageRuns#NS} with FOP, so that it accepts the {@code ix:} attributes left on the
 * index's entries and citations (attributes of an unregistered namespace are refused as invalid
 * properties). The namespace has no elements.
 */
public final class IndexPageRunsMapping extends ElementMapping {

    public IndexPageRunsMapping() {
        namespaceURI = IndexPageRuns.NS;
    }

    @Override
    public String getStandardPrefix() {
        return "ix";
    }

    @Override
    protected void initialize() {
        foObjs = new HashMap<>();
    }
}
