<?xml version="1.0" encoding="UTF-8"?>
<!--
  Front matter, numbered in roman: title page and its verso, contents, and "How to read this
  edition", which shows the typography it explains with the attribute sets the text uses.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                xmlns:e="http://editio.org/ns/xslt"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                exclude-result-prefixes="#all">

  <xsl:attribute-set name="e:front-head">
    <xsl:attribute name="font-size">13pt</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="text-transform">uppercase</xsl:attribute>
    <xsl:attribute name="space-before">16mm</xsl:attribute>
    <xsl:attribute name="space-before.conditionality">retain</xsl:attribute>
    <xsl:attribute name="space-after">10mm</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="e:front-text">
    <xsl:attribute name="text-align">justify</xsl:attribute>
    <xsl:attribute name="hyphenate">true</xsl:attribute>
    <xsl:attribute name="space-after">2.4mm</xsl:attribute>
  </xsl:attribute-set>

  <xsl:template name="e:front-matter">
    <xsl:param name="text" as="element(tei:text)"/>
    <xsl:variable name="header" as="element(tei:teiHeader)" select="root($text)/tei:TEI/tei:teiHeader"/>
    <xsl:variable name="title-stmt" as="element(tei:titleStmt)?" select="$header/tei:fileDesc/tei:titleStmt"/>
    <xsl:variable name="book" as="element(tei:bibl)?" select="($header//tei:sourceDesc//tei:bibl[@type = 'print'])[1]"/>
    <xsl:variable name="blog" as="element(tei:bibl)?" select="($header//tei:sourceDesc//tei:bibl[@type = 'transcription'])[1]"/>

    <!-- Title page and its verso: no heads, no folios. -->
    <fo:page-sequence master-reference="e-text" format="i" initial-page-number="1">
      <fo:flow flow-name="xsl-region-body" text-align="center" hyphenate="false">
        <fo:block id="e-title-page" space-before="22mm" space-before.conditionality="retain"
                  font-size="11pt" xsl:use-attribute-sets="e:caps">
          <xsl:value-of select="normalize-space($title-stmt/tei:author[1])"/>
        </fo:block>
        <fo:block space-before="14mm" font-size="24pt" line-height="29pt">
          <xsl:value-of select="substring-before(e:title(root($text)) || ':', ':')"/>
        </fo:block>
        <fo:block space-before="4mm" font-size="13pt" line-height="16pt" font-style="italic">
          <xsl:value-of select="normalize-space(substring-after(e:title(root($text)), ':'))"/>
        </fo:block>
        <fo:block space-before="16mm" font-size="10.5pt">
          <xsl:value-of select="normalize-space($title-stmt/tei:title[@type = 'sub'][1])"/>
        </fo:block>
        <xsl:for-each select="$title-stmt/tei:editor[1]">
          <fo:block space-before="16mm" font-size="10pt">
            <xsl:value-of select="if (contains(@role, 'translator')) then 'Edited and translated by ' else 'Edited by '"/>
            <xsl:value-of select="normalize-space(.)"/>
          </fo:block>
        </xsl:for-each>
        <fo:block space-before="2mm" font-size="10pt">
          <xsl:text>Edition by </xsl:text>
          <xsl:value-of select="normalize-space(($title-stmt/tei:respStmt[@xml:id = 'editio']/tei:name, 'the editors')[1])"/>
        </fo:block>
        <fo:block space-before="50mm" font-size="9.5pt" xsl:use-attribute-sets="e:caps">
          <xsl:value-of select="string-join(($header//tei:publicationStmt/tei:publisher, $header//tei:publicationStmt/tei:date) ! normalize-space(.), ' · ')"/>
        </fo:block>

        <!-- The verso: where the text comes from, and on what terms. -->
        <fo:block break-before="page" text-align="start" font-size="8.5pt" line-height="11pt"
                  space-before="120mm" space-before.conditionality="retain">
          <xsl:if test="exists($book)">
            <fo:block space-after="2mm">
              <xsl:text>The text: </xsl:text>
              <xsl:value-of select="string-join(($book/tei:author, $book/tei:title) ! normalize-space(.), ', ')"/>
              <xsl:text>. </xsl:text>
              <xsl:value-of select="normalize-space($book/tei:note[1])"/>
              <xsl:text> </xsl:text>
              <xsl:value-of select="string-join(($book/tei:pubPlace, $book/tei:publisher) ! normalize-space(.), ': ')"/>
              <xsl:text>, </xsl:text>
              <xsl:value-of select="string-join($book/tei:date ! normalize-space(.), ' and ')"/>
              <xsl:text>.</xsl:text>
            </fo:block>
          </xsl:if>
          <xsl:if test="exists($blog)">
            <fo:block space-after="2mm">
              <xsl:text>The witness edited here: a blog transcription, “</xsl:text>
              <xsl:value-of select="normalize-space($blog/tei:title)"/>
              <xsl:text>”, </xsl:text>
              <xsl:value-of select="normalize-space($blog/tei:date)"/>
              <xsl:text>.</xsl:text>
            </fo:block>
          </xsl:if>
          <xsl:for-each select="$header//tei:publicationStmt/tei:availability/tei:p">
            <fo:block space-after="2mm"><xsl:value-of select="normalize-space(.)"/></fo:block>
          </xsl:for-each>
          <fo:block>Set in Linux Libertine and Linux Biolinum with Apache FOP.</fo:block>
        </fo:block>
      </fo:flow>
    </fo:page-sequence>

    <fo:page-sequence master-reference="e-text" format="i" initial-page-number="auto-odd">
      <xsl:call-template name="e:static-content">
        <xsl:with-param name="verso" select="'Contents'"/>
        <xsl:with-param name="recto" select="'Contents'"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body" hyphenate="false">
        <fo:block id="e-contents" xsl:use-attribute-sets="e:front-head">Contents</fo:block>
        <xsl:call-template name="e:toc-line">
          <xsl:with-param name="ref" select="'e-how-to-read'"/>
          <xsl:with-param name="title" select="'How to read this edition'"/>
          <xsl:with-param name="level" select="1"/>
        </xsl:call-template>
        <xsl:for-each select="$text/(tei:front, tei:body, tei:back)/tei:div">
          <xsl:call-template name="e:toc-line">
            <xsl:with-param name="ref" select="e:fo-id(.)"/>
            <xsl:with-param name="label" select="tei:head[@type = 'label'] ! e:reading-text(.)"/>
            <xsl:with-param name="title" select="e:fo-title(.)"/>
            <xsl:with-param name="level" select="1"/>
          </xsl:call-template>
          <xsl:for-each select="tei:div">
            <xsl:call-template name="e:toc-line">
              <xsl:with-param name="ref" select="e:fo-id(.)"/>
              <xsl:with-param name="title" select="e:fo-title(.)"/>
              <xsl:with-param name="level" select="2"/>
            </xsl:call-template>
          </xsl:for-each>
        </xsl:for-each>
        <xsl:call-template name="e:toc-line">
          <xsl:with-param name="ref" select="'e-index'"/>
          <xsl:with-param name="title" select="'Index of persons'"/>
          <xsl:with-param name="level" select="1"/>
        </xsl:call-template>
      </fo:flow>
    </fo:page-sequence>

    <fo:page-sequence master-reference="e-text" format="i" initial-page-number="auto-odd">
      <xsl:call-template name="e:static-content">
        <xsl:with-param name="verso" select="'How to read this edition'"/>
        <xsl:with-param name="recto" select="'How to read this edition'"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body">
        <fo:block id="e-how-to-read" xsl:use-attribute-sets="e:front-head">How to read this edition</fo:block>
        <xsl:call-template name="e:how-to-read">
          <xsl:with-param name="text" select="$text"/>
        </xsl:call-template>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- One line of the contents: chapters in capitals, parts indented in italic, dotted leaders. -->
  <xsl:template name="e:toc-line">
    <xsl:param name="ref" as="xs:string"/>
    <xsl:param name="label" as="xs:string?" select="()"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="level" as="xs:integer"/>
    <fo:block text-align-last="justify" start-indent="{if ($level eq 1) then '0mm' else '6mm'}" end-indent="8mm"
              last-line-end-indent="-8mm" keep-with-next.within-page="{if ($level eq 1) then 'always' else 'auto'}"
              space-before="{if ($level eq 1) then '3.5mm' else '0.6mm'}">
      <fo:basic-link internal-destination="{$ref}">
        <xsl:choose>
          <xsl:when test="$level eq 1">
            <fo:inline text-transform="uppercase" font-size="9.5pt">
              <xsl:value-of select="string-join(($label, $title), ' · ')"/>
            </fo:inline>
          </xsl:when>
          <xsl:otherwise>
            <fo:inline font-style="italic"><xsl:value-of select="$title"/></fo:inline>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:text> </xsl:text>
        <fo:leader leader-pattern="dots" leader-pattern-width="3.5pt"/>
        <xsl:text> </xsl:text>
        <fo:page-number-citation ref-id="{$ref}"/>
      </fo:basic-link>
    </fo:block>
  </xsl:template>

  <!-- The reader's key, with specimens in the text's own styles and the edition's own counts. -->
  <xsl:template name="e:how-to-read">
    <xsl:param name="text" as="element(tei:text)"/>
    <xsl:variable name="chapters" as="element(tei:div)*" select="$text//tei:div[@type = 'chapter']"/>
    <fo:block xsl:use-attribute-sets="e:front-text">
      <xsl:text>This edition prints </xsl:text>
      <xsl:value-of select="string-join($chapters ! lower-case(e:reading-text(tei:head[@type = 'label'][1])), ' and ')"/>
      <xsl:text> of Trotsky’s </xsl:text>
      <fo:inline font-style="italic">Stalin</fo:inline>
      <xsl:text> in the order in which a blog transcribed them in 2005. Trotsky left these chapters unfinished;
        Charles Malamuth, his translator and editor, completed them, and in the book his words stand in
        square brackets. Here the brackets are replaced by typography, so that the two hands can be told
        apart on every page, in colour or in black and white.</xsl:text>
    </fo:block>

    <xsl:call-template name="e:front-subhead"><xsl:with-param name="title" select="'The two hands'"/></xsl:call-template>
    <fo:block xsl:use-attribute-sets="e:front-text">Trotsky’s words are set in this roman type.
      <fo:inline xsl:use-attribute-sets="e:cm-inline">Malamuth’s words, whether a gloss of a few words or
        a longer interpolation within a paragraph of Trotsky’s, are set in this sans-serif type.</fo:inline></fo:block>
    <fo:block xsl:use-attribute-sets="e:front-text e:cm-block">A paragraph wholly in Malamuth’s hand is set in
      the same sans-serif type and has, besides, a rule in the left margin. His interpolations often run over
      many paragraphs: the rule then runs down the margin the whole way, and the first paragraph in roman
      after it is Trotsky’s again.</fo:block>
    <fo:block xsl:use-attribute-sets="e:front-text">Malamuth’s notes are footnotes, numbered from 1 in
      each chapter, and are his words too: they are set in the sans-serif type, his signature “– C.M.” as he
      wrote it. The headings “Part One: …” are not in the book: they are the blog transcriber’s divisions of
      the long posts, kept, in italic, to find one’s way.</fo:block>

    <xsl:call-template name="e:front-subhead"><xsl:with-param name="title" select="'Corrections'"/></xsl:call-template>
    <fo:block xsl:use-attribute-sets="e:front-text">The transcription has many typing errors. The text prints
      the corrected reading, followed by an italic letter<fo:inline xsl:use-attribute-sets="e:app-call">a</fo:inline>;
      the letters run from a to z, then aa, ab … afresh in each chapter, so that they are never taken for the
      numbers of notes. The footnote of the same letter is the critical apparatus: the reading of this edition
      (the lemma), a square bracket, the reading of the transcription, marked <fo:inline font-style="italic">T</fo:inline>,
      then in parentheses the kind of slip (digit, split, joined, transposition, misspelling, name, punctuation,
      date, word) and who found it:</fo:block>
    <fo:block xsl:use-attribute-sets="e:front-text" start-indent="6mm" font-size="9.5pt">
      <fo:block>would] wou8ld <fo:inline font-style="italic">T</fo:inline> (digit; imp.)</fo:block>
    </fo:block>
    <fo:block xsl:use-attribute-sets="e:front-text">
      <fo:inline font-style="italic">imp.</fo:inline> proposed by the Editio importer and confirmed by the editors;
      <fo:inline font-style="italic">ed.</fo:inline> found in the editors’ reading;
      <fo:inline font-style="italic">unreviewed</fo:inline> a proposal of the importer the editors have not yet confirmed;
      <fo:inline font-style="italic">doubtful</fo:inline> a correction the editors are not sure of;
      <fo:inline font-style="italic">omitted</fo:inline> a stray character of the transcription this edition leaves out.
      Only typing errors are corrected: the translation’s spellings, British or American, and its
      transliterations are kept. This edition records <xsl:value-of select="e:fo-count(count($text//tei:choice), 'correction')"/>
      and <xsl:value-of select="e:fo-count(count($text//tei:note), 'note')"/>.</fo:block>

    <xsl:call-template name="e:front-subhead"><xsl:with-param name="title" select="'Quotations and names'"/></xsl:call-template>
    <fo:block xsl:use-attribute-sets="e:front-text">Letters, resolutions, declarations and other documents
      quoted at length are indented and set in smaller type, followed by the name of their author where the
      text gives it. Quotation marks within paragraphs are the transcription’s. The index of persons lists
      everyone named in the text under the form of the edition’s register, with the Wikidata identifier where
      the editors are sure of it; its page numbers refer to the text and to the notes.</fo:block>
  </xsl:template>

  <!-- "1 note", "7 notes" -->
  <xsl:function name="e:fo-count" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:param name="noun" as="xs:string"/>
    <xsl:sequence select="$n || ' ' || $noun || (if ($n eq 1) then '' else 's')"/>
  </xsl:function>

  <xsl:template name="e:front-subhead">
    <xsl:param name="title" as="xs:string"/>
    <fo:block font-style="italic" space-before="3mm" space-after="1.5mm" keep-with-next.within-page="always">
      <xsl:value-of select="$title"/>
    </fo:block>
  </xsl:template>
</xsl:stylesheet>
