package org.editio.core.render;

import org.apache.fop.render.intermediate.extensions.DocumentNavigationExtensionConstants;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Keeps each link's target page as FOP's layout gave it, on the way from the intermediate format (IF) to
 * PDF. FOP's IF reader assumes pages come in order, so that a link already complete when written points
 * to its own page or, marked {@code page-index-relative}, to an earlier one; an unmarked one it moves to
 * the page it is on. With the pages as laid out ({@link PagesAsLaidOut}), the contents page comes last
 * and its links point forward, so each is marked here as not to be moved. FOP uses the relative index
 * only to join IF documents, which this pipeline never does.
 */
final class AbsoluteLinkTargets extends XMLFilterImpl {

    AbsoluteLinkTargets(ContentHandler parser) {
        setContentHandler(parser);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (DocumentNavigationExtensionConstants.NAMESPACE.equals(uri) && "goto-xy".equals(localName)
                && atts.getValue("page-index") != null && atts.getValue("page-index-relative") == null) {
            AttributesImpl kept = new AttributesImpl(atts);
            kept.addAttribute("", "page-index-relative", "page-index-relative", "CDATA", "-1");
            super.startElement(uri, localName, qName, kept);
            return;
        }
        super.startElement(uri, localName, qName, atts);
    }
}
