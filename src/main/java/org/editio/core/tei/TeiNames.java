package org.editio.core.tei;

import net.sf.saxon.s9api.QName;

/** The vocabulary Editio relies on: namespaces and the names it checks for. */
public final class TeiNames {

    public static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
    public static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    /** The namespace of the platform's own records in eXist-db (metadata, changes). */
    public static final String EDITIO_NS = "http://editio.org/ns/1.0";
    public static final QName XML_ID = new QName("xml", XML_NS, "id");
    public static final QName TEI = new QName(TEI_NS, "TEI");
    public static final QName TEI_CORPUS = new QName(TEI_NS, "teiCorpus");

    private TeiNames() {
    }
}
