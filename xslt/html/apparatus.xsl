<?xml version="1.0" encoding="UTF-8"?>
<!-- Corrections in the text, the editor's notes as footnotes, and the apparatus of each chapter. -->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:map="http://www.w3.org/2005/xpath-functions/map"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                xmlns:e="http://editio.org/ns/xslt"
                xmlns="http://www.w3.org/1999/xhtml"
                exclude-result-prefixes="#all">

  <!--
    Reading view: the corrected word, with a lettered marker; the transcription's reading shows on
    hover and on keyboard focus. Diplomatic view: the transcribed word marked, the correction after it.
  -->
  <xsl:template match="tei:choice">
    <xsl:param name="e:numbering" as="map(xs:string, xs:string)" tunnel="yes"/>
    <xsl:variable name="id" as="xs:string" select="(@xml:id, generate-id(.))[1]"/>
    <xsl:choose>
      <xsl:when test="$diplomatic">
        <span class="sic" id="{$id}"><xsl:apply-templates select="tei:sic/node()"/></span>
        <span class="corr-shown" title="Correction">⟨<xsl:value-of select="tei:corr"/>⟩</span>
      </xsl:when>
      <xsl:otherwise>
        <span class="corr" id="{$id}" tabindex="0" aria-describedby="{$id}-tip">
          <xsl:apply-templates select="tei:corr/node()"/>
          <span class="tip" role="tooltip" id="{$id}-tip">Transcription: <xsl:value-of select="tei:sic"/></span>
        </span>
        <xsl:variable name="label" as="xs:string" select="e:correction-label(., $e:numbering)"/>
        <a class="app-ref" href="#app-{$id}" aria-label="Correction {$label}"><xsl:value-of select="$label"/></a>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:note">
    <xsl:param name="e:numbering" as="map(xs:string, xs:string)" tunnel="yes"/>
    <xsl:variable name="n" as="xs:string" select="e:note-number(., $e:numbering)"/>
    <xsl:variable name="id" as="xs:string" select="(@xml:id, generate-id(.))[1]"/>
    <a class="note-ref hand-{e:hand(.)}" id="ref-{$id}" href="#{$id}" aria-label="Note {$n}"><sup><xsl:value-of select="$n"/></sup></a>
  </xsl:template>

  <!-- The notes of a chapter, or of a document without chapters. -->
  <xsl:template name="e:footnotes">
    <xsl:param name="notes" as="element(tei:note)*" select=".//tei:note"/>
    <xsl:if test="exists($notes)">
      <section class="footnotes" aria-label="Notes">
        <h3>Notes</h3>
        <ol>
          <xsl:for-each select="$notes">
            <xsl:variable name="id" as="xs:string" select="(@xml:id, generate-id(.))[1]"/>
            <li id="{$id}" class="hand-{e:hand(.)}">
              <xsl:apply-templates select="node() except tei:label"/>
              <xsl:text> </xsl:text>
              <a class="back" href="#ref-{$id}" aria-label="Back to the text">↩</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="e:apparatus">
    <xsl:param name="e:numbering" as="map(xs:string, xs:string)" tunnel="yes"/>
    <xsl:param name="choices" as="element(tei:choice)*" select=".//tei:choice"/>
    <xsl:if test="exists($choices) and not($diplomatic)">
      <!--
        Who corrected, and the review status of corrections that came with the text, once per distinct
        @resp: a chapter has thousands of corrections and a few correctors.
      -->
      <xsl:variable name="firsts" as="element(tei:choice)*"
                    select="for $resp in distinct-values($choices/tei:corr[1]/string(@resp))
                            return ($choices[string(tei:corr[1]/@resp) eq $resp])[1]"/>
      <xsl:variable name="correctors" as="map(xs:string, xs:string)"
                    select="map:merge($firsts ! map:entry(string(tei:corr[1]/@resp), e:responsibility(tei:corr[1])))"/>
      <xsl:variable name="statuses" as="map(xs:string, xs:string)"
                    select="map:merge($firsts ! map:entry(string(tei:corr[1]/@resp), e:imported-status(tei:corr[1])))"/>
      <section class="apparatus" aria-label="Corrections">
        <h3>Corrections</h3>
        <ol>
          <xsl:for-each select="$choices">
            <xsl:variable name="id" as="xs:string" select="(@xml:id, generate-id(.))[1]"/>
            <xsl:variable name="status" as="xs:string"
                          select="if (@change) then e:review-status(.) else $statuses(string(tei:corr[1]/@resp))"/>
            <li id="app-{$id}" class="status-{$status}">
              <a href="#{$id}"><xsl:value-of select="e:correction-label(., $e:numbering)"/></a>
              <xsl:text> </xsl:text>
              <span class="lemma"><xsl:value-of select="tei:corr"/></span>] <xsl:value-of select="tei:sic"/>
              <span class="resp"> (<xsl:value-of select="string-join((tei:corr/@type, $correctors(string(tei:corr[1]/@resp)),
                  ('review: ' || $status)[exists(current()/@change)]), '; ')"/>)</span>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
