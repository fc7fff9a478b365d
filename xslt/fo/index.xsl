<?xml version="1.0" encoding="UTF-8"?>
<!--
  The index of persons, in two columns. FOP 2.11 does not implement XSL 1.1's
  index-page-citation-list, so pages are cited one of two ways ($index-page-runs):
  - true: every mention gets two inlines, ", 12" (ix:show="start") and "–12" (ix:show="end"), and the
    entry lists its mentions in ix:mentions. Editio's filter in front of FOP (IndexPageRuns.java) passes
    on only those that start or end a run of pages, so each page is cited once: "12–14, 20".
    Plain FOP would print them all; render this FO with PdfRenderer or pass false.
  - false: a page-number-citation of the first mention in each paragraph or note (a page may repeat).
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                xmlns:e="http://editio.org/ns/xslt"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:ix="http://editio.org/ns/fop-index"
                xmlns:map="http://www.w3.org/2005/xpath-functions/map"
                exclude-result-prefixes="#all">

  <xsl:template name="e:person-index">
    <xsl:param name="text" as="element(tei:text)"/>
    <xsl:variable name="mentions" as="map(xs:string, element(tei:persName)+)" select="e:mentions($text)"/>
    <xsl:variable name="persons" as="element(tei:person)*"
                  select="root($text)//tei:listPerson/tei:person[map:contains($mentions, @xml:id)]"/>
    <fo:page-sequence master-reference="e-index" format="1" initial-page-number="auto-odd">
      <xsl:call-template name="e:static-content">
        <xsl:with-param name="verso" select="'Index of persons'"/>
        <xsl:with-param name="recto" select="'Index of persons'"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body" hyphenate="false" font-size="9pt" line-height="11.2pt">
        <!-- Padding, not space: FOP drops the space around a block that spans the columns. -->
        <fo:block id="e-index" xsl:use-attribute-sets="e:front-head" span="all" space-before="0pt" padding-top="16mm" space-after="0pt" padding-bottom="7mm">Index of persons</fo:block>
        <xsl:for-each-group select="$persons" group-by="upper-case(substring(e:sort-key(.), 1, 1))">
          <xsl:sort select="current-grouping-key()"/>
          <fo:block font-style="italic" space-before="3mm" space-after="1mm" keep-with-next.within-column="always">
            <xsl:value-of select="current-grouping-key()"/>
          </fo:block>
          <xsl:for-each select="current-group()">
            <xsl:sort select="e:sort-key(.)"/>
            <xsl:sort select="e:person-name(.)"/>
            <xsl:variable name="mentions" as="element(tei:persName)+" select="$mentions(string(@xml:id))"/>
            <fo:block start-indent="1.2em" text-indent="-1.2em" text-align="start" space-after="0.6mm">
              <xsl:if test="$index-page-runs">
                <xsl:attribute name="ix:mentions" select="$mentions ! e:name-id(.)"/>
              </xsl:if>
              <xsl:value-of select="e:index-name(.)"/>
              <xsl:for-each select="tei:note">
                <fo:inline font-size="8.5pt"> (<xsl:value-of select="replace(normalize-space(.), '\.$', '')"/>)</fo:inline>
              </xsl:for-each>
              <xsl:for-each select="tei:idno[@type = 'wikidata']">
                <fo:inline font-size="8pt"> [Wikidata <xsl:value-of select="normalize-space(.)"/>]</fo:inline>
              </xsl:for-each>
              <xsl:call-template name="e:index-pages">
                <xsl:with-param name="mentions" select="$mentions"/>
              </xsl:call-template>
            </fo:block>
          </xsl:for-each>
        </xsl:for-each-group>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <xsl:template name="e:index-pages">
    <xsl:param name="mentions" as="element(tei:persName)+"/>
    <xsl:choose>
      <xsl:when test="$index-page-runs">
        <xsl:for-each select="$mentions">
          <fo:inline ix:mention="{e:name-id(.)}" ix:show="start">, <xsl:call-template name="e:index-citation"/></fo:inline>
          <xsl:if test="position() gt 1">
            <fo:inline ix:mention="{e:name-id(.)}" ix:show="end">–<xsl:call-template name="e:index-citation"/></fo:inline>
          </xsl:if>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each-group select="$mentions" group-by="generate-id(e:fo-unit(.))">
          <xsl:text>, </xsl:text>
          <xsl:for-each select="current-group()[1]">
            <xsl:call-template name="e:index-citation"/>
          </xsl:for-each>
        </xsl:for-each-group>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="e:index-citation">
    <fo:basic-link internal-destination="{e:name-id(.)}">
      <fo:page-number-citation ref-id="{e:name-id(.)}"/>
    </fo:basic-link>
  </xsl:template>

  <!-- The paragraph, heading or note a mention stands in: one citation per unit when index-page-runs is false. -->
  <xsl:function name="e:fo-unit" as="element()?">
    <xsl:param name="name" as="element(tei:persName)"/>
    <xsl:sequence select="$name/ancestor::*[self::tei:p or self::tei:head or self::tei:note][1]"/>
  </xsl:function>

  <!-- "Lenin, Vladimir Ilyich": the sort key first, as an index has it. -->
  <xsl:function name="e:index-name" as="xs:string">
    <xsl:param name="person" as="element(tei:person)"/>
    <xsl:variable name="name" as="xs:string" select="e:person-name($person)"/>
    <xsl:variable name="key" as="xs:string" select="e:sort-key($person)"/>
    <xsl:variable name="rest" as="xs:string" select="normalize-space(substring($name, 1, string-length($name) - string-length($key)))"/>
    <xsl:sequence select="string-join(($key, $rest[. ne '']), ', ')"/>
  </xsl:function>
</xsl:stylesheet>
