<?xml version="1.0" encoding="UTF-8"?>
<!--
  The working draft with one element (by xml:id) replaced: what a fragment edit would make of the
  edition, so that the whole can be validated before anything is stored.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                xmlns="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="#all">

  <xsl:param name="fragment-id" as="xs:string" required="yes"/>
  <xsl:param name="replacement" as="element()" required="yes"/>
  <xsl:param name="user-id" as="xs:string" select="''"/>
  <xsl:param name="user-name" as="xs:string" select="''"/>

  <xsl:mode on-no-match="shallow-copy"/>

  <!-- id() in patterns and tests uses the tree's index of xml:id instead of comparing every element's. -->
  <xsl:template match="id($fragment-id)">
    <xsl:sequence select="$replacement"/>
  </xsl:template>

  <xsl:template match="tei:teiHeader/tei:fileDesc/tei:titleStmt[$user-id ne ''][empty(id($user-id))]">
    <xsl:copy>
      <xsl:apply-templates select="@*, node()"/>
      <respStmt xml:id="{$user-id}"><resp>edits and reviews in Editio</resp><name><xsl:value-of select="$user-name"/></name></respStmt>
    </xsl:copy>
  </xsl:template>
</xsl:stylesheet>
