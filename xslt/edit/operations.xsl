<?xml version="1.0" encoding="UTF-8"?>
<!--
  Small semantic edits of one element, each a mode: a note's new text, and an editor's decision on a
  correction (accept: the editor joins its @resp and vouches for it; reject: the transcription's
  reading stands and the correction goes). Spans are marked by mark-span.xsl.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                xmlns:e="http://editio.org/ns/xslt"
                exclude-result-prefixes="#all">

  <!-- The element the edit is about: the note, or the correction (choice). -->
  <xsl:param name="target" as="xs:string" required="yes"/>
  <!-- The note's new text. -->
  <xsl:param name="text" as="xs:string" select="''"/>
  <!-- Who decides, as a pointer to their respStmt: #user-… -->
  <xsl:param name="resp" as="xs:string" select="''"/>

  <xsl:mode name="e:note-text" on-no-match="shallow-copy"/>
  <xsl:mode name="e:accept-correction" on-no-match="shallow-copy"/>
  <xsl:mode name="e:reject-correction" on-no-match="shallow-copy"/>

  <!-- A note keeps its label ("Note:") and its signature; its words are replaced. -->
  <xsl:template match="tei:note[@xml:id = $target]" mode="e:note-text">
    <xsl:copy>
      <xsl:apply-templates select="@*, tei:label" mode="#current"/>
      <xsl:value-of select="if (exists(tei:label)) then ' ' || $text || ' ' else $text"/>
      <xsl:apply-templates select="tei:seg[@type = 'signature']" mode="#current"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="tei:choice[@xml:id = $target]/tei:corr" mode="e:accept-correction">
    <xsl:copy>
      <xsl:apply-templates select="@* except (@resp, @cert)" mode="#current"/>
      <xsl:attribute name="resp" select="string-join(distinct-values((tokenize(@resp), $resp)), ' ')"/>
      <xsl:attribute name="cert" select="'high'"/>
      <xsl:apply-templates mode="#current"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="tei:choice[@xml:id = $target]" mode="e:reject-correction">
    <xsl:apply-templates select="tei:sic/node()" mode="#current"/>
  </xsl:template>

  <xsl:template match="/" mode="e:note-text e:accept-correction e:reject-correction">
    <xsl:if test="empty(//*[@xml:id = $target])">
      <xsl:sequence select="error(xs:QName('e:no-target'), 'No element ' || $target || ' here')"/>
    </xsl:if>
    <xsl:apply-templates mode="#current"/>
  </xsl:template>
</xsl:stylesheet>
