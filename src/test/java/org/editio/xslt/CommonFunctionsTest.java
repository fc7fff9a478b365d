package org.editio.xslt;

import static org.editio.xslt.XsltFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;

/** xslt/common/functions.xsl: the logic both editions share. */
class CommonFunctionsTest {

    /** Calls the functions on the fixture and returns their results as one line each. */
    static final String PROBE = """
            <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:e="http://editio.org/ns/xslt"
                xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:map="http://www.w3.org/2005/xpath-functions/map"
                exclude-result-prefixes="#all">
              <xsl:import href="functions.xsl"/>
              <xsl:template match="/">
                <xsl:variable name="n" select="e:numbering(tei:TEI/tei:text)"/>
                <r>
                  <hands><xsl:value-of select="(//tei:seg[@type='interpolation'], (//tei:text//tei:persName)[1], //tei:head[@type='part'],
                      //tei:p[@xml:id='ch1-p3']/text()[1]) ! e:hand(.)"/></hands>
                  <pieces><xsl:value-of select="(//tei:p[@xml:id='ch1-p2'], //tei:p[@xml:id='ch1-p1'],
                      //tei:seg[@type='signature']) ! e:is-run-piece(.)"/></pieces>
                  <notes><xsl:value-of select="//tei:text//tei:note ! e:note-number(., $n)"/></notes>
                  <labels><xsl:value-of select="//tei:choice ! e:correction-label(., $n)"/></labels>
                  <names><xsl:value-of select="//tei:text//tei:persName ! e:name-id(.)"/></names>
                  <person><xsl:value-of select="e:person-name(e:person((//tei:text//tei:persName)[1]))"/></person>
                  <sort><xsl:value-of select="e:sort-key(//tei:person[1])"/></sort>
                  <speaker><xsl:value-of select="e:speaker(//tei:cit[1])"/></speaker>
                  <resp><xsl:value-of select="//tei:corr ! e:responsibility(.)" separator="|"/></resp>
                  <title><xsl:value-of select="e:title(/)"/></title>
                  <mentions><xsl:value-of select="let $m := e:mentions(tei:TEI/tei:text)
                      return sort(map:keys($m)) ! (. || '=' || count($m(.)))"/></mentions>
                </r>
              </xsl:template>
            </xsl:stylesheet>""";

    static XdmNode result;

    static String value(String name) throws SaxonApiException {
        if (result == null) {
            result = XsltFixtures.transform(XsltFixtures.inline(PROBE), fixture("mini-edition.xml"), Map.of());
        }
        return XsltFixtures.xpath(result, "//" + name);
    }

    @Test
    void handsFollowTheNearestMarkedAncestor() throws SaxonApiException {
        assertEquals("CM LT TR CM", value("hands"));
    }

    @Test
    void runPiecesAreTheEditorsParagraphsAndSegsButNotSignatures() throws SaxonApiException {
        assertEquals("true false false", value("pieces"));
    }

    @Test
    void notesAreNumberedAndCorrectionsLetteredPerChapter() throws SaxonApiException {
        assertEquals("1 2 1", value("notes"));
        assertEquals("a b a", value("labels"));
    }

    @Test
    void mentionsAreGroupedByTheRegisterEntryTheyPointTo() throws SaxonApiException {
        assertEquals("lenin=1 stalin=1", value("mentions"));
        String elsewhere = PROBE.replace("e:mentions(tei:TEI/tei:text)", "e:mentions($other)").replace("<r>",
                "<xsl:variable name=\"other\" as=\"element()\"><tei:text><tei:p><tei:persName ref=\"#a\"/><tei:persName ref=\"#a\"/>"
                + "<tei:persName ref=\"people.xml#b\"/><tei:persName/></tei:p></tei:text></xsl:variable><r>");
        XdmNode r = XsltFixtures.transform(XsltFixtures.inline(elsewhere), fixture("mini-edition.xml"), Map.of());
        assertEquals("a=2", XsltFixtures.xpath(r, "//mentions"), "names of another file's register are not this index's");
    }

    @Test
    void everyNameInTheTextHasALinkId() throws SaxonApiException {
        String[] ids = value("names").split(" ");
        assertEquals(2, ids.length, value("names"));
        assertTrue(ids[0].matches("pn-\\w+") && !ids[0].equals(ids[1]), value("names"));
    }

    @Test
    void personsSpeakersAndResponsibilities() throws SaxonApiException {
        assertEquals("Joseph Stalin", value("person"));
        assertEquals("Lenin", value("sort"));
        assertEquals("Vladimir Ilyich Lenin", value("speaker"));
        assertEquals("proposed by the importer, confirmed by the editors|editors|importer (unreviewed)", value("resp"));
        assertEquals("Mini Edition", value("title"));
    }

    @Test
    void aDocumentWithoutTextIsANamedError() {
        String probe = PROBE.replace("<r>", "<r><x><xsl:value-of select=\"local-name(e:require-tei(/))\"/></x>");
        var t = XsltFixtures.inline(probe);
        XdmNode notTei;
        try {
            notTei = XsltFixtures.PROCESSOR.newDocumentBuilder().build(new javax.xml.transform.stream.StreamSource(
                    new java.io.StringReader("<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader/></TEI>")));
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
        SaxonApiException e = assertThrows(SaxonApiException.class, () -> XsltFixtures.transform(t, notTei, Map.of()));
        assertEquals("not-tei", e.getErrorCode().getLocalName());
        assertTrue(e.getMessage().contains("Not a TEI document with a text"));
    }

    /** Corrections made in the platform: their status from the change that made them, their editors by name. */
    @Test
    void platformCorrectionsHaveTheStatusOfTheirChangeAndTheirEditorsNames() throws SaxonApiException {
        String probe = """
                <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:e="http://editio.org/ns/xslt" exclude-result-prefixes="#all">
                  <xsl:import href="functions.xsl"/>
                  <xsl:template match="/">
                    <r><status><xsl:value-of select="//tei:choice ! e:review-status(.)"/></status>
                       <resp><xsl:value-of select="//tei:corr ! e:responsibility(.)" separator="|"/></resp></r>
                  </xsl:template>
                </xsl:stylesheet>""";
        XdmNode tei = XsltFixtures.PROCESSOR.newDocumentBuilder().build(new javax.xml.transform.stream.StreamSource(
                new java.io.StringReader("""
                        <TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><fileDesc><titleStmt><title>T</title>
                        <respStmt xml:id='user-editor1'><resp>edits</resp><name>Edith Editor</name></respStmt>
                        </titleStmt></fileDesc><revisionDesc>
                        <change xml:id='rev-4' status='pending'>marked</change><change xml:id='rev-3' status='rejected'>marked</change>
                        </revisionDesc></teiHeader><text><body><p>
                        <choice change='#rev-4'><sic>a</sic><corr resp='#user-editor1'>b</corr></choice>
                        <choice change='#rev-3'><sic>a</sic><corr resp='#user-editor1'>b</corr></choice>
                        <choice><sic>a</sic><corr resp='#importer'>b</corr></choice>
                        <choice><sic>a</sic><corr resp='#importer #user-editor1'>b</corr></choice>
                        </p></body></text></TEI>""")));
        XdmNode out = XsltFixtures.transform(XsltFixtures.inline(probe), tei, Map.of());
        assertEquals("pending rejected pending accepted", XsltFixtures.xpath(out, "//status"));
        assertEquals("Edith Editor|Edith Editor|importer (unreviewed)|proposed by the importer, confirmed by Edith Editor",
                XsltFixtures.xpath(out, "//resp"));
    }
}
