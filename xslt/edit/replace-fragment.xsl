<?xml version="1.0" encoding="UTF-8"?>
<!--
  The working draft with elements replaced, each the one of its xml:id: what fragment edits would make
  of the edition. None of the elements replaced may hold another. Only the ancestors of what
  changes (the elements, and titleStmt when the editor is declared) are rebuilt; every other subtree is
  copied whole, which Saxon does far faster than node by node.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                xmlns="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="#all">

  <!-- Each replaces the element of the draft with its xml:id. -->
  <xsl:param name="replacements" as="element()+" required="yes"/>
  <xsl:param name="user-id" as="xs:string" select="''"/>
  <xsl:param name="user-name" as="xs:string" select="''"/>

  <!-- id() uses the tree's index of xml:id instead of comparing every element's. -->
  <xsl:variable name="replaced" as="element()*" select="id($replacements/@xml:id, /)"/>
  <!-- The editor's declaration, when the draft does not have it yet. -->
  <xsl:variable name="declaring" as="element(tei:titleStmt)*"
                select="/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt[$user-id ne ''][empty(id($user-id, /))]"/>
  <xsl:variable name="changed" as="element()*" select="$replaced | $declaring"/>
  <xsl:variable name="rebuilt" as="element()*" select="$changed/ancestor::*"/>

  <!-- Applied to the draft's document node or to its root element (the global context item is the draft). -->
  <xsl:template match="/">
    <xsl:apply-templates select="node()" mode="patch"/>
  </xsl:template>

  <xsl:template match="*">
    <xsl:apply-templates select="." mode="patch"/>
  </xsl:template>

  <xsl:template match="node()" mode="patch">
    <xsl:choose>
      <xsl:when test="exists(. intersect $replaced)">
        <xsl:sequence select="$replacements[@xml:id eq current()/@xml:id]"/>
      </xsl:when>
      <xsl:when test="exists(. intersect $declaring)">
        <xsl:copy>
          <xsl:sequence select="@*"/>
          <xsl:apply-templates select="node()" mode="patch"/>
          <respStmt xml:id="{$user-id}"><resp>edits and reviews in Editio</resp><name><xsl:value-of select="$user-name"/></name></respStmt>
        </xsl:copy>
      </xsl:when>
      <xsl:when test="exists(. intersect $rebuilt)">
        <xsl:copy>
          <xsl:sequence select="@*"/>
          <xsl:apply-templates select="node()" mode="patch"/>
        </xsl:copy>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="."/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
