<?xml version="1.0" encoding="UTF-8"?>
<!-- The text: chapter sequences, headings, paragraphs, the two hands, quotations and names, as XSL-FO. -->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                xmlns:e="http://editio.org/ns/xslt"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                exclude-result-prefixes="#all">

  <!--
    One page sequence: a chapter, or text standing outside chapters. The first starts at page 1,
    the others on the next recto. Running heads come from markers the headings set.
  -->
  <xsl:template name="e:text-sequence">
    <xsl:param name="content" as="element()+"/>
    <xsl:param name="first" as="xs:boolean"/>
    <fo:page-sequence master-reference="e-text" format="1"
                      initial-page-number="{if ($first) then '1' else 'auto-odd'}">
      <xsl:call-template name="e:static-content">
        <xsl:with-param name="verso" as="element()">
          <fo:retrieve-marker retrieve-class-name="chapter" retrieve-position="first-including-carryover"
                              retrieve-boundary="page-sequence"/>
        </xsl:with-param>
        <xsl:with-param name="recto" as="element()">
          <fo:retrieve-marker retrieve-class-name="part" retrieve-position="first-including-carryover"
                              retrieve-boundary="page-sequence"/>
        </xsl:with-param>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body" hyphenate="true" text-align="justify">
        <xsl:apply-templates select="$content"/>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!--
    Headings carry the markers but do not wrap their division: a wrapping block would carry its
    marker over to every page of the chapter and hide the parts' markers behind it.
  -->
  <xsl:template match="tei:div[@type = 'chapter']">
    <fo:block id="{e:fo-id(.)}" text-align="center" hyphenate="false" keep-with-next.within-page="always"
              space-before="16mm" space-before.conditionality="retain" space-after="12mm">
      <fo:marker marker-class-name="chapter"><xsl:value-of select="e:fo-title(.)"/></fo:marker>
      <fo:marker marker-class-name="part"><xsl:value-of select="e:fo-title(.)"/></fo:marker>
      <xsl:for-each select="tei:head">
        <fo:block xsl:use-attribute-sets="e:caps">
          <xsl:choose>
            <xsl:when test="@type = 'label'">
              <xsl:attribute name="font-size">9.5pt</xsl:attribute>
              <xsl:attribute name="space-after">4mm</xsl:attribute>
            </xsl:when>
            <xsl:otherwise>
              <xsl:attribute name="font-size">15pt</xsl:attribute>
              <xsl:attribute name="line-height">19pt</xsl:attribute>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:apply-templates/>
        </fo:block>
      </xsl:for-each>
    </fo:block>
    <xsl:apply-templates select="* except tei:head"/>
  </xsl:template>

  <!-- Parts (and any other division): the heading in italic, as the transcriber's, not the author's. -->
  <xsl:template match="tei:div">
    <fo:block id="{e:fo-id(.)}" text-align="center" hyphenate="false" keep-with-next.within-page="always"
              space-before="7mm" space-after="4mm" font-style="italic" font-size="11pt">
      <xsl:if test="@type = 'part'">
        <fo:marker marker-class-name="part"><xsl:value-of select="e:fo-title(.)"/></fo:marker>
      </xsl:if>
      <xsl:for-each select="tei:head">
        <fo:block><xsl:apply-templates/></fo:block>
      </xsl:for-each>
    </fo:block>
    <xsl:apply-templates select="* except tei:head"/>
  </xsl:template>

  <!-- A head outside the places above keeps its words as a plain block. -->
  <xsl:template match="tei:head">
    <fo:block font-style="italic" keep-with-next.within-page="always"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="tei:p">
    <fo:block id="{e:fo-id(.)}" text-indent="{e:fo-indent(.)}">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!-- A paragraph of Malamuth's: his face and the marginal rule. -->
  <xsl:template match="tei:p[e:is-run-piece(.)]" priority="1">
    <fo:block id="{e:fo-id(.)}" text-indent="{e:fo-indent(.)}" xsl:use-attribute-sets="e:cm-block">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!-- His words inside a paragraph of Trotsky's (in his own paragraphs the face is already his). -->
  <xsl:template match="tei:seg[e:is-run-piece(.)]">
    <xsl:choose>
      <xsl:when test="e:is-editors(..)">
        <fo:inline id="{e:fo-id(.)}"><xsl:apply-templates/></fo:inline>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline id="{e:fo-id(.)}" xsl:use-attribute-sets="e:cm-inline"><xsl:apply-templates/></fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:seg">
    <fo:inline><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- Block quotations: indented both sides, smaller, the speaker after them when the text names him. -->
  <xsl:template match="tei:cit">
    <xsl:variable name="attribution" as="xs:string*"
                  select="(e:speaker(.), tei:bibl ! normalize-space(.))[. ne '']"/>
    <fo:block id="{e:fo-id(.)}" font-size="9.4pt" line-height="11.8pt"
              start-indent="inherited-property-value(start-indent) + 1.6em"
              end-indent="inherited-property-value(end-indent) + 1.6em"
              space-before="2.5mm" space-after="2.5mm">
      <xsl:apply-templates select="* except tei:bibl"/>
      <xsl:if test="exists($attribution)">
        <fo:block text-align="end" text-indent="0pt" keep-with-previous.within-page="always" space-before="0.5mm">
          <xsl:text>— </xsl:text>
          <fo:inline font-style="italic"><xsl:value-of select="string-join($attribution, ', ')"/></fo:inline>
        </fo:block>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <!-- A quotation of paragraphs is their container; a quotation within a sentence keeps its marks as characters. -->
  <xsl:template match="tei:quote[tei:p]">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:cit/tei:quote[not(tei:p)]">
    <fo:block><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="tei:quote | tei:q">
    <fo:inline><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- Every mention carries an id, so that the index can cite its page. -->
  <xsl:template match="tei:persName">
    <fo:inline id="{e:name-id(.)}"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="tei:hi">
    <fo:inline>
      <xsl:choose>
        <xsl:when test="contains(@rend, 'bold')"><xsl:attribute name="font-weight">bold</xsl:attribute></xsl:when>
        <xsl:when test="contains(@rend, 'sup')"><xsl:attribute name="baseline-shift">super</xsl:attribute><xsl:attribute name="font-size">70%</xsl:attribute></xsl:when>
        <xsl:otherwise><xsl:attribute name="font-style">italic</xsl:attribute></xsl:otherwise>
      </xsl:choose>
      <xsl:apply-templates/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:title | tei:foreign | tei:emph | tei:term">
    <fo:inline font-style="italic"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="tei:lb">
    <fo:block/>
  </xsl:template>

  <!-- Text straight inside a division would be lost between blocks: give it one. -->
  <xsl:template match="tei:div/text() | tei:body/text() | tei:front/text() | tei:back/text()">
    <fo:block><xsl:value-of select="."/></fo:block>
  </xsl:template>

  <!--
    Anything else keeps its words: as a block where the flow needs one or where an unknown container
    holds it (a list's items, a poem's lines), else inline.
  -->
  <xsl:template match="tei:*">
    <xsl:choose>
      <xsl:when test="e:fo-block-fallback(.)">
        <fo:block space-before="1mm" space-after="1mm"><xsl:apply-templates/></fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline><xsl:apply-templates/></fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Elements the templates above know; the fallback never treats them as containers of blocks. -->
  <xsl:variable name="known" as="xs:string+"
                select="'p', 'head', 'note', 'seg', 'cit', 'quote', 'q', 'bibl', 'persName', 'hi', 'title',
                        'foreign', 'emph', 'term', 'lb', 'choice', 'sic', 'corr', 'reg', 'orig', 'abbr',
                        'expan', 'label'"/>

  <xsl:function name="e:fo-block-fallback" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="parent" as="element()?" select="$element/parent::*"/>
    <xsl:sequence select="exists($parent[self::tei:div or self::tei:body or self::tei:front or self::tei:back])
                          or (exists($parent) and not(local-name($parent) = $known)
                              and empty($parent/text()[normalize-space()])
                              and e:fo-block-fallback($parent))"/>
  </xsl:function>

  <!-- The first paragraph of a division and a sentence continued after a quotation start flush. -->
  <xsl:function name="e:fo-indent" as="xs:string">
    <xsl:param name="p" as="element(tei:p)"/>
    <xsl:sequence select="if (tokenize($p/@rend) = 'continuation'
                              or empty($p/preceding-sibling::*[not(self::tei:head)])) then '0pt' else '1.2em'"/>
  </xsl:function>

  <xsl:function name="e:fo-id" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="($element/@xml:id, 'e-' || generate-id($element))[1]"/>
  </xsl:function>

  <!-- A division's title for running heads, contents and bookmarks, without the closing full stop. -->
  <xsl:function name="e:fo-title" as="xs:string">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:variable name="head" as="element(tei:head)?"
                  select="($div/tei:head[@type = 'title'], $div/tei:head[not(@type = 'label')], $div/tei:head)[1]"/>
    <xsl:sequence select="if (exists($head)) then replace(e:reading-text($head), '\.$', '')
                          else string-join(($div/@type, $div/@n), ' ')"/>
  </xsl:function>

  <!-- "Chapter 12: The Road to Power" -->
  <xsl:function name="e:fo-heading" as="xs:string">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:sequence select="string-join(distinct-values(($div/tei:head[@type = 'label'] ! e:reading-text(.), e:fo-title($div))), ': ')"/>
  </xsl:function>
</xsl:stylesheet>
