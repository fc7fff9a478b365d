package org.editio.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.editio.testing.Fixtures;
import org.editio.testing.RealServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DTS 1.0 on the real edition, as an anonymous client of another project would use it. */
@QuarkusTest
@WithTestResource(RealServers.class)
class DtsResourceIT {

    static final String CONTEXT = "https://dtsapi.org/context/v1.0.json";

    private static boolean restored;

    @BeforeEach
    void restoreTheEdition() {
        if (!restored) {
            restored = true;
            Fixtures.restoreTheRealEdition();
            given().auth().oauth2(org.editio.testing.Tokens.of("reviewer1")).post("/api/editions/trotsky-stalin/publish")
                    .then().statusCode(200);
        }
    }

    static ValidatableResponse get(String path) {
        return given().urlEncodingEnabled(true).when().get(path).then();
    }

    @Test
    void theEntryGivesTheThreeTemplates() {
        get("/api/dts").statusCode(200).contentType("application/ld+json")
                .body("'@context'", equalTo(CONTEXT)).body("'@type'", equalTo("EntryPoint"))
                .body("dtsVersion", equalTo("1.0"))
                .body("collection", equalTo("/api/dts/collection{?id,page,nav}"))
                .body("navigation", equalTo("/api/dts/navigation{?resource,ref,start,end,down,tree,page}"))
                .body("document", equalTo("/api/dts/document{?resource,ref,start,end,tree,mediaType}"));
    }

    @Test
    void theCollectionListsTheEditionsAndEachIsAResourceWithItsCitationTree() {
        get("/api/dts/collection").statusCode(200).contentType("application/ld+json")
                .body("'@type'", equalTo("Collection")).body("totalParents", equalTo(0))
                .body("member.'@id'", hasItem("trotsky-stalin"))
                .body("member.find { it.'@id' == 'trotsky-stalin' }.'@type'", equalTo("Resource"));
        get("/api/dts/collection?id=trotsky-stalin").statusCode(200)
                .body("'@type'", equalTo("Resource")).body("dtsVersion", equalTo("1.0")).body("totalParents", equalTo(1))
                .body("navigation", equalTo("/api/dts/navigation?resource=trotsky-stalin{&ref,start,end,down,tree,page}"))
                .body("citationTrees[0].'@type'", equalTo("CitationTree"))
                .body("citationTrees[0].citeStructure[0].citeType", equalTo("chapter"))
                .body("citationTrees[0].citeStructure[0].citeStructure.citeType", hasItem("part"))
                .body("dublinCore.creator[0]", equalTo("Leon Trotsky"))
                .body("mediaTypes", equalTo(List.of("application/tei+xml")));
        get("/api/dts/collection?id=trotsky-stalin&nav=parents").statusCode(200).body("member[0].'@id'", equalTo("editio"));
        get("/api/dts/collection?id=no-such-edition").statusCode(404);
        get("/api/dts/collection?nav=sideways").statusCode(400);
    }

    @Test
    void navigationFollowsTheDownTable() {
        String nav = "/api/dts/navigation?resource=trotsky-stalin";
        get(nav + "&down=1").statusCode(200).contentType("application/ld+json")
                .body("'@type'", equalTo("Navigation")).body("resource.'@id'", equalTo("trotsky-stalin"))
                .body("resource.citationTrees[0].'@type'", equalTo("CitationTree"))
                .body("member.identifier", equalTo(List.of("ch12", "ch11")))
                .body("member.level", everyItem(equalTo(1))).body("member.parent", everyItem(nullValue()))
                .body("member[0].dublinCore.title[0].value", containsString("The Road to Power"));
        get(nav + "&ref=ch12").statusCode(200).body("ref.identifier", equalTo("ch12")).body("member", nullValue());
        get(nav + "&ref=ch12&down=1").statusCode(200)
                .body("member[0].identifier", equalTo("ch12")).body("member[1].identifier", equalTo("ch12-pt1"))
                .body("member.level", everyItem(org.hamcrest.Matchers.lessThanOrEqualTo(2)));
        get(nav + "&ref=ch12-pt2&down=0").statusCode(200)
                .body("member.identifier", hasItem("ch12-pt1")).body("member.identifier", hasItem("ch12-pt2"))
                .body("member.parent", everyItem(equalTo("ch12")));
        get(nav + "&ref=ch12-pt1&down=-1").statusCode(200)
                .body("member.identifier", hasItem("ch12-p1")).body("member.find { it.identifier == 'ch12-p1' }.citeType", equalTo("paragraph"))
                .body("member.find { it.identifier == 'ch12-p1' }.parent", equalTo("ch12-pt1"));
        get(nav + "&start=ch12-p1&end=ch12-p3&down=0").statusCode(400);
        get(nav + "&start=ch12-p1&end=ch12-p3").statusCode(200)
                .body("start.identifier", equalTo("ch12-p1")).body("end.identifier", equalTo("ch12-p3")).body("member", nullValue());
        get(nav + "&start=ch12-p1&end=ch12-p3&down=1").statusCode(200)
                .body("member.identifier", equalTo(List.of("ch12-p1", "ch12-p2", "ch12-p3")));
    }

    @Test
    void navigationRefusesWhatTheSpecificationRefuses() {
        String nav = "/api/dts/navigation?resource=trotsky-stalin";
        get("/api/dts/navigation?down=1").statusCode(400);
        get(nav).statusCode(400);
        get(nav + "&down=0").statusCode(400);
        get(nav + "&ref=ch12&start=ch12-p1&end=ch12-p2").statusCode(400);
        get(nav + "&start=ch12-p1").statusCode(400);
        get(nav + "&end=ch12-p1").statusCode(400);
        get(nav + "&ref=no-such-unit").statusCode(404);
        get(nav + "&start=ch12-p1&end=no-such-unit").statusCode(404);
        get(nav + "&ref=ch12&tree=other").statusCode(404);
        get("/api/dts/navigation?resource=no-such-edition&down=1").statusCode(404);
    }

    @Test
    void documentsArePassagesInTheWrapperOrTheWholeText() {
        String doc = "/api/dts/document?resource=trotsky-stalin";
        get(doc).statusCode(200).contentType(startsWith("application/tei+xml"))
                .header("Link", "</api/dts/collection?id=trotsky-stalin>; rel=\"collection\"")
                .body(containsString("<teiHeader")).body(not(containsString("dts:wrapper")));
        get(doc + "&ref=ch12-p3").statusCode(200)
                .body(startsWith("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><dts:wrapper xmlns:dts=\"https://w3id.org/api/dts#\">"))
                .body(containsString("xml:id=\"ch12-p3\"")).body(not(containsString("xml:id=\"ch12-p4\"")));
        get(doc + "&start=ch12-p2&end=ch12-p4").statusCode(200)
                .body(containsString("xml:id=\"ch12-p2\"")).body(containsString("xml:id=\"ch12-p4\""))
                .body(not(containsString("xml:id=\"ch12-p5\"")));
        get("/api/dts/document").statusCode(400);
        get(doc + "&ref=ch12-p3&start=ch12-p2&end=ch12-p4").statusCode(400);
        get(doc + "&start=ch12-p2").statusCode(400);
        get(doc + "&ref=no-such-unit").statusCode(404);
        get(doc + "&mediaType=text/html").statusCode(404);
        get("/api/dts/document?resource=no-such-edition").statusCode(404);
    }
}
