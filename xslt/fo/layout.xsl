<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page: royal octavo (156 × 234 mm), mirrored margins, running heads, folios, and the type.
  The families are the ones fop.xconf embeds; nothing may fall back to FOP's base-14 fonts,
  which lack the text's ⟨ ⟩ and print '#'.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                xmlns:e="http://editio.org/ns/xslt"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                exclude-result-prefixes="#all">

  <!-- Families as fop.xconf names them; DejaVu covers any character the book faces lack. -->
  <xsl:variable name="serif" as="xs:string" select="'Libertine, DejaVuSerif'"/>
  <xsl:variable name="sans" as="xs:string" select="'Biolinum, DejaVuSans'"/>

  <xsl:variable name="page-width" as="xs:string" select="'156mm'"/>
  <xsl:variable name="page-height" as="xs:string" select="'234mm'"/>
  <xsl:variable name="inner-margin" as="xs:string" select="'20mm'"/>
  <xsl:variable name="outer-margin" as="xs:string" select="'26mm'"/>

  <!-- Word spaces (a quarter em in Libertine) may stretch by four fifths of their width and shrink by
       a quarter; FOP's default is a half and a third. FOP looks for line breaks within that stretch,
       first without hyphens, then with; a paragraph that fits neither way is broken again in a forced
       mode that allows twenty times the stretch and costs far more. With the default, one justified
       paragraph in seven of this book needed it. In em, so that footnotes stretch in proportion. -->
  <xsl:attribute-set name="e:word-spacing">
    <xsl:attribute name="word-spacing.minimum">-0.07em</xsl:attribute>
    <xsl:attribute name="word-spacing.optimum">0em</xsl:attribute>
    <xsl:attribute name="word-spacing.maximum">0.2em</xsl:attribute>
  </xsl:attribute-set>

  <!-- Inherited by everything: the text face, justified and hyphenated English. -->
  <xsl:attribute-set name="e:book" use-attribute-sets="e:word-spacing">
    <xsl:attribute name="font-family" select="$serif"/>
    <xsl:attribute name="font-size">10.5pt</xsl:attribute>
    <xsl:attribute name="line-height">13.2pt</xsl:attribute>
    <xsl:attribute name="widows">2</xsl:attribute>
    <xsl:attribute name="orphans">2</xsl:attribute>
    <xsl:attribute name="hyphenation-push-character-count">3</xsl:attribute>
    <xsl:attribute name="hyphenation-remain-character-count">2</xsl:attribute>
  </xsl:attribute-set>

  <!-- Malamuth's words: the sans companion of the text face, which prints in black and white. -->
  <xsl:attribute-set name="e:cm-inline">
    <xsl:attribute name="font-family" select="$sans"/>
    <xsl:attribute name="font-size">96%</xsl:attribute>
  </xsl:attribute-set>

  <!-- A paragraph wholly his also has a rule in the margin; start-indent="inherit" keeps the text
       where it was and puts padding and rule outside it. -->
  <xsl:attribute-set name="e:cm-block" use-attribute-sets="e:cm-inline">
    <xsl:attribute name="start-indent">inherit</xsl:attribute>
    <xsl:attribute name="border-start-style">solid</xsl:attribute>
    <xsl:attribute name="border-start-width">0.6pt</xsl:attribute>
    <xsl:attribute name="border-start-color">black</xsl:attribute>
    <xsl:attribute name="padding-start">2.6mm</xsl:attribute>
  </xsl:attribute-set>

  <!-- Footnote bodies inherit from where their reference stands (a quotation, a paragraph of C.M.):
       everything that matters is reset here. -->
  <xsl:attribute-set name="e:footnote" use-attribute-sets="e:word-spacing">
    <xsl:attribute name="font-family" select="$serif"/>
    <xsl:attribute name="font-size">8.2pt</xsl:attribute>
    <xsl:attribute name="line-height">10pt</xsl:attribute>
    <xsl:attribute name="font-style">normal</xsl:attribute>
    <xsl:attribute name="font-weight">normal</xsl:attribute>
    <xsl:attribute name="text-transform">none</xsl:attribute>
    <xsl:attribute name="hyphenate">true</xsl:attribute>
    <xsl:attribute name="start-indent">0pt</xsl:attribute>
    <xsl:attribute name="end-indent">0pt</xsl:attribute>
    <xsl:attribute name="text-indent">0pt</xsl:attribute>
    <xsl:attribute name="text-align">justify</xsl:attribute>
    <xsl:attribute name="space-before">1.5pt</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="e:note-call">
    <!-- An explicit shift: "super" takes the font's own superscript offset, which in Libertine is
         high enough to open up the line. -->
    <xsl:attribute name="baseline-shift">0.55em</xsl:attribute>
    <xsl:attribute name="font-size">64%</xsl:attribute>
    <xsl:attribute name="line-height">0pt</xsl:attribute>
    <xsl:attribute name="text-transform">none</xsl:attribute>
    <xsl:attribute name="font-style">normal</xsl:attribute>
    <xsl:attribute name="font-family" select="$serif"/>
  </xsl:attribute-set>

  <!-- Letters of the apparatus are italic, so that they never look like note numbers. -->
  <xsl:attribute-set name="e:app-call" use-attribute-sets="e:note-call">
    <xsl:attribute name="font-style">italic</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="e:running-head">
    <xsl:attribute name="font-size">8.5pt</xsl:attribute>
    <xsl:attribute name="line-height">10pt</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
  </xsl:attribute-set>

  <!-- Capitals for labels and heads. Not spaced: FOP 2.11 drops letter-spacing in words that have
       kerning pairs (yet counts it when centring), so spaced capitals come out ragged and off centre. -->
  <xsl:attribute-set name="e:caps">
    <xsl:attribute name="text-transform">uppercase</xsl:attribute>
  </xsl:attribute-set>

  <xsl:template name="e:layout-master-set">
    <fo:layout-master-set>
      <xsl:for-each select="('text', 'index')">
        <xsl:variable name="columns" as="xs:integer" select="if (. eq 'index') then 2 else 1"/>
        <xsl:call-template name="e:page-master">
          <xsl:with-param name="name" select="'e-' || . || '-first'"/>
          <xsl:with-param name="recto" select="true()"/>
          <xsl:with-param name="columns" select="$columns"/>
          <xsl:with-param name="after" select="'e-foot-first'"/>
        </xsl:call-template>
        <xsl:call-template name="e:page-master">
          <xsl:with-param name="name" select="'e-' || . || '-recto'"/>
          <xsl:with-param name="recto" select="true()"/>
          <xsl:with-param name="columns" select="$columns"/>
          <xsl:with-param name="before" select="'e-head-recto'"/>
        </xsl:call-template>
        <xsl:call-template name="e:page-master">
          <xsl:with-param name="name" select="'e-' || . || '-verso'"/>
          <xsl:with-param name="recto" select="false()"/>
          <xsl:with-param name="columns" select="$columns"/>
          <xsl:with-param name="before" select="'e-head-verso'"/>
        </xsl:call-template>
        <xsl:call-template name="e:page-master">
          <xsl:with-param name="name" select="'e-' || . || '-blank'"/>
          <xsl:with-param name="recto" select="false()"/>
          <xsl:with-param name="columns" select="$columns"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:for-each select="('text', 'index')">
        <!-- A sequence opens without a running head, leaves forced blank pages empty, then alternates. -->
        <fo:page-sequence-master master-name="e-{.}">
          <fo:repeatable-page-master-alternatives>
            <fo:conditional-page-master-reference master-reference="e-{.}-first" page-position="first"/>
            <fo:conditional-page-master-reference master-reference="e-{.}-blank" blank-or-not-blank="blank"/>
            <fo:conditional-page-master-reference master-reference="e-{.}-recto" odd-or-even="odd"/>
            <fo:conditional-page-master-reference master-reference="e-{.}-verso" odd-or-even="even"/>
          </fo:repeatable-page-master-alternatives>
        </fo:page-sequence-master>
      </xsl:for-each>
    </fo:layout-master-set>
  </xsl:template>

  <!-- All masters share one text block, so that pages back each other up. -->
  <xsl:template name="e:page-master">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="recto" as="xs:boolean"/>
    <xsl:param name="columns" as="xs:integer"/>
    <xsl:param name="before" as="xs:string" select="'e-none-before'"/>
    <xsl:param name="after" as="xs:string" select="'e-none-after'"/>
    <fo:simple-page-master master-name="{$name}" page-width="{$page-width}" page-height="{$page-height}"
                           margin-top="13mm" margin-bottom="12mm"
                           margin-left="{if ($recto) then $inner-margin else $outer-margin}"
                           margin-right="{if ($recto) then $outer-margin else $inner-margin}">
      <fo:region-body margin-top="11mm" margin-bottom="10mm" column-count="{$columns}" column-gap="7mm"/>
      <fo:region-before region-name="{$before}" extent="8mm" display-align="after"/>
      <fo:region-after region-name="{$after}" extent="8mm" display-align="after"/>
    </fo:simple-page-master>
  </xsl:template>

  <!--
    Running heads and folios of one page sequence: the verso carries $verso (the chapter), the recto
    $recto (the part); either may be a retrieve-marker. Folios stand at the outer corners, and at the
    foot of a sequence's first page.
  -->
  <xsl:template name="e:static-content">
    <xsl:param name="verso" as="item()*"/>
    <xsl:param name="recto" as="item()*"/>
    <fo:static-content flow-name="e-head-verso">
      <xsl:call-template name="e:head-line">
        <xsl:with-param name="start" as="element()"><fo:page-number/></xsl:with-param>
        <xsl:with-param name="centre" as="element()"><fo:inline xsl:use-attribute-sets="e:caps"><xsl:sequence select="$verso"/></fo:inline></xsl:with-param>
      </xsl:call-template>
    </fo:static-content>
    <fo:static-content flow-name="e-head-recto">
      <xsl:call-template name="e:head-line">
        <xsl:with-param name="centre" as="element()"><fo:inline font-style="italic"><xsl:sequence select="$recto"/></fo:inline></xsl:with-param>
        <xsl:with-param name="end" as="element()"><fo:page-number/></xsl:with-param>
      </xsl:call-template>
    </fo:static-content>
    <fo:static-content flow-name="e-foot-first">
      <fo:block xsl:use-attribute-sets="e:running-head" text-align="center"><fo:page-number/></fo:block>
    </fo:static-content>
    <fo:static-content flow-name="xsl-footnote-separator">
      <fo:block end-indent="75%" space-before="5pt" line-height="3pt" font-size="3pt">
        <fo:leader leader-pattern="rule" leader-length="100%" rule-thickness="0.4pt"/>
      </fo:block>
    </fo:static-content>
  </xsl:template>

  <!--
    A head line with the folio in a corner and the title centred on the page, not between them: the
    folios stand in absolutely positioned containers at the foot of the region, level with the title.
    (A three-cell table did the same, at three times FOP's layout work for every page.)
  -->
  <xsl:template name="e:head-line">
    <xsl:param name="start" as="item()*"/>
    <xsl:param name="centre" as="item()*"/>
    <xsl:param name="end" as="item()*"/>
    <fo:block xsl:use-attribute-sets="e:running-head">
      <xsl:if test="exists($start)">
        <fo:block-container absolute-position="absolute" left="0pt" bottom="0pt" width="14mm" height="10pt">
          <fo:block text-align="start"><xsl:sequence select="$start"/></fo:block>
        </fo:block-container>
      </xsl:if>
      <xsl:if test="exists($end)">
        <fo:block-container absolute-position="absolute" right="0pt" bottom="0pt" width="14mm" height="10pt">
          <fo:block text-align="end"><xsl:sequence select="$end"/></fo:block>
        </fo:block-container>
      </xsl:if>
      <!-- Clear of the folios, as the table's middle column was, should a title be long. -->
      <fo:block text-align="center" start-indent="14mm" end-indent="14mm"><xsl:sequence select="$centre"/></fo:block>
    </fo:block>
  </xsl:template>
</xsl:stylesheet>
