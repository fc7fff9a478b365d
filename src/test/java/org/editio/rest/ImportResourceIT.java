package org.editio.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.crypto.OctetStreamData;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.TransformService;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.editio.testing.RealServers;
import org.editio.testing.Tokens;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * TEI from other projects, in their styles, imported through the API into the real eXist-db: stored,
 * flagged where it leaves the project's conventions, rendered in HTML and PDF without losing words, and
 * exported unchanged. Hostile or non-TEI uploads are refused with a report and store nothing.
 */
@QuarkusTest
@WithTestResource(RealServers.class)
class ImportResourceIT {

    static final Path FOREIGN = Path.of("src/test/resources/foreign");
    static final boolean TEI_ALL = Files.isReadable(Path.of("../shared/schema/tei_all.rng"));

    static byte[] fixture(String name) {
        try {
            return Files.readAllBytes(FOREIGN.resolve(name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static io.restassured.response.Response post(String user, String contentType, byte[] body, String id) {
        var request = given().contentType(contentType).body(body);
        if (user != null) {
            request = request.auth().oauth2(Tokens.of(user));
        }
        if (id != null) {
            request = request.queryParam("id", id);
        }
        return request.when().post("/api/editions").then().extract().response();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "verse.xml, Shall I compare thee to a summer’s day?",
        "drama.xml, Nay, answer me. Stand and unfold yourself.",
        "apparatus.xml, quicke",
        "handshift.xml, written for him by his secretary",
        "facsimile.xml, and words on the second.",
        "table.xml, plentiful",
        "corpus.xml, The second letter says goodbye."})
    void foreignTeiIsStoredFlaggedAndRendersWithoutLosingWords(String file, String words) {
        String id = "import-" + file.replace(".xml", "");
        post("admin1", "application/tei+xml", fixture(file), id).then().statusCode(201)
                .header("Location", containsString("/api/editions/" + id))
                .body("[0].edition", equalTo(id))
                .body("[0].stored", equalTo(true))
                .body("[0].projectValid", equalTo(false))
                .body("[0].flagged", equalTo(true))
                .body("[0].teiAllValid", equalTo(TEI_ALL ? Boolean.TRUE : null));
        String token = Tokens.of("admin1");
        given().auth().oauth2(token).get("/api/editions/" + id + "/html").then().statusCode(200)
                .body(containsString(words.replace("’", "’")));
        byte[] pdf = given().auth().oauth2(token).get("/api/editions/" + id + "/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            String last = words.substring(words.lastIndexOf(' ') + 1);
            assertTrue(text.contains(last), file + ": the PDF lost '" + last + "'");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        given().auth().oauth2(token).get("/api/editions").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.outsideProjectConventions", equalTo(true));
    }

    @Test
    void anExportIsTheImportedDocumentUnderCanonicalXml() throws Exception {
        byte[] original = fixture("verse.xml");
        post("admin1", "application/tei+xml", original, "round-trip").then().statusCode(201);
        byte[] exported = given().auth().oauth2(Tokens.of("admin1")).get("/api/editions/round-trip/tei")
                .then().statusCode(200).extract().asByteArray();
        assertArrayEquals(canonical(original), canonical(exported),
                new String(canonical(original)) + "\n---\n" + new String(canonical(exported)));
    }

    static byte[] canonical(byte[] xml) throws Exception {
        TransformService c14n = TransformService.getInstance(CanonicalizationMethod.INCLUSIVE, "DOM");
        c14n.init(null);
        OctetStreamData out = (OctetStreamData) c14n.transform(new OctetStreamData(new ByteArrayInputStream(xml)), null);
        return out.getOctetStream().readAllBytes();
    }

    @Test
    void aZipOfDocumentsBecomesOneEditionEach() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (String name : new String[] {"zipped-drama.xml", "zipped-table.xml"}) {
                out.putNextEntry(new ZipEntry("letters/" + name));
                out.write(fixture(name.replace("zipped-", "")));
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("README.txt"));
            out.write("not a document".getBytes());
            out.closeEntry();
        }
        post("admin1", "application/zip", zip.toByteArray(), null).then().statusCode(201)
                .body("$", hasSize(2)).body("edition", hasItem("zipped-drama")).body("edition", hasItem("zipped-table"));
        given().auth().oauth2(Tokens.of("reader1")).get("/api/editions/zipped-table/tei").then().statusCode(200)
                .body(containsString("plentiful"));
    }

    @Test
    void uploadsThatAreNotTeiOrAreHostileAreRefusedAndStoreNothing() {
        post("admin1", "application/xml", "<book xmlns='http://docbook.org/ns/docbook'><para>Hi</para></book>".getBytes(), "not-tei")
                .then().statusCode(422).body("errors[0]", containsString("upload.xml:1:"));
        post("admin1", "application/xml", ("<?xml version='1.0'?><!DOCTYPE TEI [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                + "<TEI xmlns='http://www.tei-c.org/ns/1.0'>&x;</TEI>").getBytes(), "hostile").then().statusCode(400)
                .body("line", equalTo(1));
        post("admin1", "application/xml", "<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader>".getBytes(), "broken")
                .then().statusCode(400).body("line", equalTo(1));
        byte[] deep = ("<TEI xmlns='http://www.tei-c.org/ns/1.0'>" + "<div>".repeat(300) + "</div>".repeat(300) + "</TEI>").getBytes();
        post("admin1", "application/xml", deep, "deep").then().statusCode(400).body("type", containsString("too-deep"));
        byte[] huge = ("<TEI xmlns='http://www.tei-c.org/ns/1.0'><!--" + "x".repeat(3 << 20) + "--></TEI>").getBytes();
        post("admin1", "application/xml", huge, "huge").then().statusCode(413);
        for (String id : new String[] {"not-tei", "hostile", "broken", "deep", "huge"}) {
            given().auth().oauth2(Tokens.of("admin1")).get("/api/editions/" + id + "/tei").then().statusCode(404);
        }
        post("admin1", "application/zip", "PK not really".getBytes(), null).then().statusCode(400);
    }

    @Test
    void teiThatIsNotTeiP5IsRefusedWithTheSchemasReport() {
        Assumptions.assumeTrue(TEI_ALL, "tei_all.rng is not beside the project; TEI P5 conformance not checked");
        post("admin1", "application/tei+xml", "<TEI xmlns='http://www.tei-c.org/ns/1.0'><text><body><p>No header</p></body></text></TEI>"
                .getBytes(), "no-header").then().statusCode(422).body("errors", hasItem(containsString("[tei_all]")));
        given().auth().oauth2(Tokens.of("admin1")).get("/api/editions/no-header/tei").then().statusCode(404);
    }

    @Test
    void onlyAdminsImportAndIdsAreUnique() {
        post(null, "application/tei+xml", fixture("table.xml"), "by-nobody").then().statusCode(401);
        post("editor1", "application/tei+xml", fixture("table.xml"), "by-editor").then().statusCode(403);
        post("admin1", "application/tei+xml", fixture("table.xml"), "trotsky-stalin").then().statusCode(409);
        post("admin1", "application/tei+xml", fixture("table.xml"), "Bad Id!").then().statusCode(400);
        post("admin1", "application/tei+xml", fixture("apparatus.xml"), null).then().statusCode(201)
                .body("[0].edition", equalTo("variants"));
        given().auth().oauth2(Tokens.of("admin1")).get("/api/editions").then()
                .body("find { it.id == 'trotsky-stalin' }.outsideProjectConventions", equalTo(null));
    }
}
