package org.editio.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.editio.testing.Fixtures;
import org.editio.testing.RealServers;
import org.junit.jupiter.api.Test;

/** The export zip: TEI, ODD and schemas, the reading site with relative links, and the PDF. */
@QuarkusTest
@WithTestResource(RealServers.class)
class ExportResourceIT {

    @Test
    void theZipHoldsEverythingAnotherProjectNeeds() throws IOException {
        Fixtures.restoreTheRealEdition();
        byte[] zip = given().when().get("/api/editions/trotsky-stalin/export.zip").then().statusCode(200)
                .contentType("application/zip").header("Content-Disposition", org.hamcrest.Matchers.containsString(".zip"))
                .extract().asByteArray();
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertEquals(java.util.Set.of("README.txt", "trotsky-stalin.xml", "schema/editio.odd", "schema/editio.rng",
                "schema/editio.sch", "html/index.html", "html/diplomatic.html", "html/assets/edition.css",
                "html/assets/edition.js", "trotsky-stalin.pdf"), entries.keySet());
        String tei = new String(entries.get("trotsky-stalin.xml"), StandardCharsets.UTF_8);
        assertTrue(tei.contains("<TEI") && tei.contains("xml:id=\"ch12-p1\""));
        String site = new String(entries.get("html/index.html"), StandardCharsets.UTF_8);
        assertTrue(site.contains("href=\"assets/edition.css\"") && site.contains("href=\"diplomatic.html\""), "relative links");
        assertTrue(new String(entries.get("schema/editio.odd"), StandardCharsets.UTF_8).contains("<schemaSpec"));
        assertTrue(new String(entries.get("trotsky-stalin.pdf"), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        given().when().get("/api/editions/no-such/export.zip").then().statusCode(404);
    }
}
