package org.editio.xslt;

import java.util.Map;

import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;

/** The mini edition as XSL-FO, made once for the tests of the fo/ modules. */
final class FoFixture {

    private static XdmNode fo;

    private FoFixture() {
    }

    static synchronized XdmNode fo() throws SaxonApiException {
        if (fo == null) {
            fo = XsltFixtures.transform(XsltFixtures.stylesheet("fo/edition.xsl"),
                    XsltFixtures.fixture("mini-edition.xml"), Map.of());
        }
        return fo;
    }

    static String xpath(String expression) throws SaxonApiException {
        return XsltFixtures.xpath(fo(), expression);
    }
}
