<?xml version="1.0" encoding="UTF-8"?>
<!--
  The working draft as the service validates edits against it: the platform's log in the header keeps only
  the newest entry of each list (so that each list stays valid), and the rest is copied whole. The log grows
  by an entry with every change, and the service copies this draft whenever it copies edits into it
  (org.editio.edit.Draft); the older entries bear on no edit of the text (see
  org.editio.edit.FragmentService: the rules' pointers never reach into them from the text, and identifiers
  of their form are reserved), so an edit's cost need not grow with the history.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="#all">

  <xsl:template match="/">
    <xsl:apply-templates select="node()"/>
  </xsl:template>

  <!-- The elements that hold the log are rebuilt; everything else is copied whole. -->
  <xsl:template match="tei:TEI | tei:teiHeader | tei:revisionDesc | tei:listChange">
    <xsl:copy>
      <xsl:sequence select="@*"/>
      <xsl:apply-templates select="node()"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="tei:change[matches(@xml:id, '^rev-[0-9]+$')][preceding-sibling::tei:change]"/>

  <xsl:template match="node()">
    <xsl:sequence select="."/>
  </xsl:template>
</xsl:stylesheet>
