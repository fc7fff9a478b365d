package org.editio.testing;

/** Small TEI documents and paths shared by the integration tests. */
public final class Fixtures {

    public static final String EDITION = "/api/editions/trotsky-stalin";
    public static final String TEI = EDITION + "/tei";

    private Fixtures() {
    }

    /** A minimal TEI document whose only paragraph holds {@code paragraph} (markup allowed). */
    public static String teiWith(String paragraph) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Stalin</title></titleStmt>
                <publicationStmt><p>Test</p></publicationStmt><sourceDesc><p>Test</p></sourceDesc></fileDesc></teiHeader>
                <text><body><p xml:id="p1">%s</p></body></text></TEI>""".formatted(paragraph);
    }
}
