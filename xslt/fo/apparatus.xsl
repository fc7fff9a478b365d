<?xml version="1.0" encoding="UTF-8"?>
<!--
  Malamuth's notes as footnotes numbered in each chapter, and the critical apparatus of the
  corrections as footnotes lettered in each chapter: "a would] wou8ld T (digit; imp.)".
  Both share FOP's one footnote area, in the order of their calls on the page.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                xmlns:e="http://editio.org/ns/xslt"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                exclude-result-prefixes="#all">

  <!--
    A footnote cannot hold a footnote, so the entries for corrections inside a note follow the note
    as footnotes of their own, called from the same place: they land on the same page, just below it.
  -->
  <xsl:template match="tei:note">
    <xsl:param name="e:numbering" as="map(xs:string, xs:string)" tunnel="yes"/>
    <xsl:variable name="n" as="xs:string" select="e:note-number(., $e:numbering)"/>
    <fo:footnote>
      <fo:inline xsl:use-attribute-sets="e:note-call"><xsl:value-of select="$n"/></fo:inline>
      <fo:footnote-body>
        <xsl:call-template name="e:footnote-item">
          <xsl:with-param name="id" select="e:fo-id(.)"/>
          <xsl:with-param name="label" as="element()">
            <fo:inline font-family="{$serif}"><xsl:value-of select="$n"/></fo:inline>
          </xsl:with-param>
          <xsl:with-param name="family" select="if (e:is-editors(.)) then $sans else $serif"/>
          <!-- "Note:" is the transcription's way of marking a note; the footnote says so already. -->
          <xsl:with-param name="body" as="item()*">
            <xsl:apply-templates select="node() except tei:label"/>
          </xsl:with-param>
        </xsl:call-template>
      </fo:footnote-body>
    </fo:footnote>
    <xsl:apply-templates select=".//tei:choice" mode="e:app-footnote"/>
  </xsl:template>

  <xsl:template match="tei:choice" mode="e:app-footnote">
    <fo:footnote>
      <fo:inline/>
      <xsl:call-template name="e:app-entry"/>
    </fo:footnote>
  </xsl:template>

  <!-- The text gives the edition's reading and a lettered call. -->
  <xsl:template match="tei:choice">
    <xsl:param name="e:numbering" as="map(xs:string, xs:string)" tunnel="yes"/>
    <xsl:apply-templates select="e:lemma(.)/node()"/>
    <xsl:choose>
      <xsl:when test="ancestor::tei:note">
        <fo:inline xsl:use-attribute-sets="e:app-call"><xsl:value-of select="e:correction-label(., $e:numbering)"/></fo:inline>
      </xsl:when>
      <xsl:otherwise>
        <fo:footnote>
          <fo:inline xsl:use-attribute-sets="e:app-call"><xsl:value-of select="e:correction-label(., $e:numbering)"/></fo:inline>
          <xsl:call-template name="e:app-entry"/>
        </fo:footnote>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    lemma] reading of the transcription (T), then the kind of slip and who corrected it. An empty
    lemma is a character the edition leaves out: "] T, omitted".
  -->
  <xsl:template name="e:app-entry">
    <xsl:param name="e:numbering" as="map(xs:string, xs:string)" tunnel="yes"/>
    <xsl:variable name="lemma" as="element()?" select="e:lemma(.)"/>
    <xsl:variable name="readings" as="element()*" select="* except $lemma"/>
    <xsl:variable name="corr" as="element(tei:corr)?" select="tei:corr[1]"/>
    <!-- A correction made in the platform says where its review stands; accepted ones need no word. -->
    <xsl:variable name="about" as="xs:string*" select="$corr/@type, e:fo-corrector($corr), 'doubtful'[$corr/@cert = 'low'],
                  (e:review-status(.)[. ne 'accepted'] ! ('review ' || .))[exists(current()/@change)]"/>
    <fo:footnote-body>
      <xsl:call-template name="e:footnote-item">
        <xsl:with-param name="id" select="e:fo-id(.)"/>
        <xsl:with-param name="label" as="element()">
          <fo:inline font-style="italic"><xsl:value-of select="e:correction-label(., $e:numbering)"/></fo:inline>
        </xsl:with-param>
        <xsl:with-param name="family" select="$serif"/>
        <xsl:with-param name="body" as="item()*">
          <xsl:choose>
            <xsl:when test="normalize-space($lemma) eq ''">
              <xsl:value-of select="string-join($readings, ' ')"/>
              <xsl:text> </xsl:text>
              <fo:inline font-style="italic">T</fo:inline>
              <xsl:text>, omitted</xsl:text>
            </xsl:when>
            <xsl:otherwise>
              <xsl:value-of select="$lemma"/>
              <xsl:text>] </xsl:text>
              <xsl:value-of select="string-join($readings, ' ')"/>
              <xsl:text> </xsl:text>
              <fo:inline font-style="italic">T</fo:inline>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:if test="exists($about)">
            <fo:inline font-size="92%"> (<xsl:value-of select="string-join($about, '; ')"/>)</fo:inline>
          </xsl:if>
        </xsl:with-param>
      </xsl:call-template>
    </fo:footnote-body>
  </xsl:template>

  <!-- A footnote's label hangs in the margin of its text. -->
  <xsl:template name="e:footnote-item">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="label" as="element()"/>
    <xsl:param name="family" as="xs:string"/>
    <xsl:param name="body" as="item()*"/>
    <xsl:choose>
      <!-- A body of paragraphs (a note of an imported edition) needs a list, to keep its label beside them. -->
      <xsl:when test="exists($body/descendant-or-self::fo:block)">
        <fo:list-block id="{$id}" xsl:use-attribute-sets="e:footnote"
                       provisional-distance-between-starts="1.9em" provisional-label-separation="0.3em">
          <fo:list-item>
            <fo:list-item-label end-indent="label-end()"><fo:block text-align="start"><xsl:sequence select="$label"/></fo:block></fo:list-item-label>
            <fo:list-item-body start-indent="body-start()"><fo:block font-family="{$family}"><xsl:sequence select="$body"/></fo:block></fo:list-item-body>
          </fo:list-item>
        </fo:list-block>
      </xsl:when>
      <!-- Otherwise one block with a hanging label: a book has hundreds, and FOP lays out a list item as three blocks. -->
      <xsl:otherwise>
        <fo:block id="{$id}" xsl:use-attribute-sets="e:footnote" start-indent="1.2em" text-indent="-1.2em">
          <xsl:sequence select="$label"/>
          <xsl:text>&#x2002;</xsl:text>
          <fo:inline font-family="{$family}"><xsl:sequence select="$body"/></fo:inline>
        </fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The reading the edition prints: the correction, the regularized or expanded form, else the first. -->
  <xsl:function name="e:lemma" as="element()?">
    <xsl:param name="choice" as="element(tei:choice)"/>
    <xsl:sequence select="($choice/tei:corr, $choice/tei:reg, $choice/tei:expan, $choice/*)[1]"/>
  </xsl:function>

  <!-- Who corrected, as the apparatus abbreviates it (the abbreviations are explained in the front matter). -->
  <xsl:function name="e:fo-corrector" as="xs:string?">
    <xsl:param name="corr" as="element(tei:corr)?"/>
    <xsl:variable name="resp" as="xs:string*" select="tokenize($corr/@resp)"/>
    <xsl:sequence select="if ($resp = '#importer' and $resp = '#editio' and count($resp) eq 2) then 'imp.'
                          else if ($resp = '#editio' and count($resp) eq 1) then 'ed.'
                          else if (exists($resp) and (every $r in $resp satisfies $r eq '#importer')) then 'imp., unreviewed'
                          else if (exists($corr)) then e:responsibility($corr)[. ne '']
                          else ()"/>
  </xsl:function>

  <!-- The call of a note clings to the word before it, as in print; the transcription had a space there. -->
  <xsl:template match="tei:text//text()[following-sibling::node()[1][self::tei:note]]">
    <xsl:value-of select="replace(., '\s+$', '')"/>
  </xsl:template>

  <!-- Parts of the text the templates above take over. -->
  <xsl:template match="tei:sic | tei:corr | tei:reg | tei:orig | tei:abbr | tei:expan">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- The signature of a note, kept as he signed it. -->
  <xsl:template match="tei:seg[@type = 'signature']" priority="1">
    <fo:inline keep-together.within-line="always"><xsl:apply-templates/></fo:inline>
  </xsl:template>
</xsl:stylesheet>
