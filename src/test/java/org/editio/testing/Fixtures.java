package org.editio.testing;

/** Small TEI documents and paths shared by the integration tests. */
public final class Fixtures {

    public static final String EDITION = "/api/editions/trotsky-stalin";
    public static final String TEI = EDITION + "/tei";

    private Fixtures() {
    }

    private static final java.util.Set<Class<?>> RESTORED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** {@link #restoreTheRealEdition()} once for each test class (called from its {@code @BeforeEach}). */
    public static void restoreTheRealEditionOnceFor(Class<?> testClass) {
        if (RESTORED.add(testClass)) {
            restoreTheRealEdition();
        }
    }

    /**
     * Puts the real edition back as the draft: some tests replace the draft with a small document, and
     * test classes run in one JVM in no fixed order.
     */
    public static void restoreTheRealEdition() {
        String token = Tokens.of("editor1");
        String etag = io.restassured.RestAssured.given().auth().oauth2(token).get(TEI)
                .then().statusCode(200).extract().header("ETag");
        try {
            io.restassured.RestAssured.given().auth().oauth2(token).contentType("application/tei+xml").header("If-Match", etag)
                    .body(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("tei/trotsky-stalin.xml")))
                    .when().put(TEI).then().statusCode(204);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
