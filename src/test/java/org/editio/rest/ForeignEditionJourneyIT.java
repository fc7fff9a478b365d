package org.editio.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.editio.testing.RealServers;
import org.editio.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * One document from another project, all the way: uploaded and validated, stored, searched, rendered,
 * exported, and navigated through DTS, each step through the API of the running service.
 */
@QuarkusTest
@WithTestResource(RealServers.class)
class ForeignEditionJourneyIT {

    @Test
    void aDramaFromElsewhereIsUploadedSearchedRenderedExportedAndNavigated() throws Exception {
        String id = "journey-drama";
        given().auth().oauth2(Tokens.of("admin1")).contentType("application/tei+xml")
                .body(Files.readAllBytes(Path.of("src/test/resources/foreign/drama.xml")))
                .queryParam("id", id).when().post("/api/editions").then().statusCode(201)
                .body("[0].stored", equalTo(true)).body("[0].messages", hasItem(containsString("[project]")));

        given().queryParam("q", "unfold").queryParam("edition", id).when().get("/api/search").then().statusCode(200)
                .body("total", equalTo(1)).body("hits[0].match", equalTo("unfold")).body("hits[0].element", equalTo("l"));

        given().when().get("/api/editions/" + id + "/html").then().statusCode(200).body(containsString("Bernardo"));
        given().when().get("/api/editions/" + id + "/pdf").then().statusCode(200).contentType("application/pdf");
        given().when().get("/api/editions/" + id + "/export.zip").then().statusCode(200).contentType("application/zip");

        given().when().get("/api/dts/collection?id=" + id).then().statusCode(200)
                .body("citationTrees[0].citeStructure[0].citeType", equalTo("scene"))
                .body("citationTrees[0].citeStructure[0].citeStructure.citeType", equalTo(List.of("speech")));
        given().when().get("/api/dts/navigation?resource=" + id + "&down=-1").then().statusCode(200)
                .body("member.identifier", equalTo(List.of("1", "1.1", "1.2")));
        given().when().get("/api/dts/document?resource=" + id + "&ref=1.2").then().statusCode(200)
                .body(startsWith("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><dts:wrapper"))
                .body(containsString("Francisco")).body(org.hamcrest.Matchers.not(containsString("Bernardo")));
    }
}
