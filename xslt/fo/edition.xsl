<?xml version="1.0" encoding="UTF-8"?>
<!--
  The print edition: TEI to XSL-FO for Apache FOP (render with fop.xconf, which embeds the fonts).
  Front matter (title, contents, how to read), one page sequence per chapter (FOP keeps a whole
  sequence in memory), and the index of persons. Notes are numbered footnotes, corrections
  lettered footnotes of the apparatus.

  The index cites each page once when the FO reaches FOP through Editio's filter (see index.xsl); for
  plain FOP pass index-page-runs=false, and the index cites the first mention in each paragraph.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                xmlns:e="http://editio.org/ns/xslt"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:x="adobe:ns:meta/"
                xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                xmlns:dc="http://purl.org/dc/elements/1.1/"
                exclude-result-prefixes="#all">

  <xsl:import href="../common/functions.xsl"/>
  <xsl:include href="../common/corpus.xsl"/>
  <xsl:include href="layout.xsl"/>
  <xsl:include href="front.xsl"/>
  <xsl:include href="text.xsl"/>
  <xsl:include href="apparatus.xsl"/>
  <xsl:include href="index.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- Page runs in the index for Editio's filter in front of FOP, or plain page citations: see index.xsl. -->
  <xsl:param name="index-page-runs" as="xs:boolean" select="true()"/>

  <!-- Whitespace between blocks means nothing in these containers (mixed content is never stripped). -->
  <xsl:strip-space elements="tei:TEI tei:text tei:front tei:body tei:back tei:div tei:cit tei:listPerson tei:person"/>

  <xsl:template match="/">
    <xsl:variable name="text" as="element(tei:text)" select="e:require-tei(.)"/>
    <xsl:apply-templates select="." mode="e:book">
      <xsl:with-param name="text" select="$text"/>
      <xsl:with-param name="e:numbering" select="e:numbering($text)" tunnel="yes"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template match="/" mode="e:book">
    <xsl:param name="text" as="element(tei:text)"/>
    <xsl:variable name="language" as="xs:string" select="(tei:TEI/@xml:lang, 'en')[1]"/>
    <fo:root xsl:use-attribute-sets="e:book" language="{$language}">
      <xsl:call-template name="e:layout-master-set"/>
      <fo:declarations>
        <x:xmpmeta>
          <rdf:RDF>
            <rdf:Description rdf:about="">
              <dc:title><xsl:value-of select="e:title(.)"/></dc:title>
              <dc:creator><xsl:value-of select="normalize-space((//tei:titleStmt/tei:author)[1])"/></dc:creator>
              <dc:description><xsl:value-of select="normalize-space((//tei:titleStmt/tei:title[@type = 'sub'])[1])"/></dc:description>
              <dc:language><xsl:value-of select="$language"/></dc:language>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
      </fo:declarations>
      <xsl:call-template name="e:bookmarks">
        <xsl:with-param name="text" select="$text"/>
      </xsl:call-template>
      <xsl:call-template name="e:front-matter">
        <xsl:with-param name="text" select="$text"/>
      </xsl:call-template>
      <!-- Each chapter is a sequence of its own; anything outside chapters is kept in sequences between them. -->
      <xsl:for-each-group select="$text/(tei:front, tei:body, tei:back)/*" group-adjacent="exists(self::tei:div[@type = 'chapter'])">
        <xsl:variable name="first" as="xs:boolean" select="position() eq 1"/>
        <xsl:choose>
          <xsl:when test="current-grouping-key()">
            <xsl:for-each select="current-group()">
              <xsl:call-template name="e:text-sequence">
                <xsl:with-param name="content" select="."/>
                <xsl:with-param name="first" select="$first and position() eq 1"/>
              </xsl:call-template>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="e:text-sequence">
              <xsl:with-param name="content" select="current-group()"/>
              <xsl:with-param name="first" select="$first"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each-group>
      <xsl:call-template name="e:person-index">
        <xsl:with-param name="text" select="$text"/>
      </xsl:call-template>
    </fo:root>
  </xsl:template>

  <!-- The PDF outline: front matter, chapters with their parts, the index. -->
  <xsl:template name="e:bookmarks">
    <xsl:param name="text" as="element(tei:text)"/>
    <fo:bookmark-tree>
      <fo:bookmark internal-destination="e-title-page">
        <fo:bookmark-title>Title page</fo:bookmark-title>
      </fo:bookmark>
      <fo:bookmark internal-destination="e-contents">
        <fo:bookmark-title>Contents</fo:bookmark-title>
      </fo:bookmark>
      <fo:bookmark internal-destination="e-how-to-read">
        <fo:bookmark-title>How to read this edition</fo:bookmark-title>
      </fo:bookmark>
      <xsl:for-each select="$text/(tei:front, tei:body, tei:back)/tei:div">
        <fo:bookmark internal-destination="{e:fo-id(.)}" starting-state="show">
          <fo:bookmark-title><xsl:value-of select="e:fo-heading(.)"/></fo:bookmark-title>
          <xsl:for-each select="tei:div">
            <fo:bookmark internal-destination="{e:fo-id(.)}">
              <fo:bookmark-title><xsl:value-of select="e:fo-heading(.)"/></fo:bookmark-title>
            </fo:bookmark>
          </xsl:for-each>
        </fo:bookmark>
      </xsl:for-each>
      <fo:bookmark internal-destination="e-index">
        <fo:bookmark-title>Index of persons</fo:bookmark-title>
      </fo:bookmark>
    </fo:bookmark-tree>
  </xsl:template>
</xsl:stylesheet>
