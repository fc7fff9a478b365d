<?xml version="1.0" encoding="UTF-8"?>
<!--
  A teiCorpus is presented as one edition: the corpus header, and one division per member document
  (headed by its title) holding that document's text. The format modules include this module; the
  rest of their templates see a single TEI document.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                xmlns:e="http://editio.org/ns/xslt"
                xmlns="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="#all">

  <xsl:template match="document-node(element(tei:teiCorpus))" priority="1">
    <xsl:variable name="edition" as="document-node()">
      <xsl:document>
        <TEI>
          <xsl:copy-of select="tei:teiCorpus/@*"/>
          <xsl:copy-of select="tei:teiCorpus/tei:teiHeader"/>
          <text>
            <body>
              <xsl:apply-templates select="tei:teiCorpus/(tei:TEI | tei:teiCorpus)" mode="e:corpus-member"/>
            </body>
          </text>
        </TEI>
      </xsl:document>
    </xsl:variable>
    <xsl:apply-templates select="$edition"/>
  </xsl:template>

  <xsl:template match="tei:TEI | tei:teiCorpus" mode="e:corpus-member">
    <div type="document">
      <head><xsl:value-of select="normalize-space((tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title)[1])"/></head>
      <xsl:copy-of select="tei:text/(tei:front, tei:body, tei:back)/node()"/>
      <xsl:apply-templates select="tei:TEI | tei:teiCorpus" mode="e:corpus-member"/>
    </div>
  </xsl:template>
</xsl:stylesheet>
