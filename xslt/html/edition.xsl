<?xml version="1.0" encoding="UTF-8"?>
<!--
  The reading site: one HTML5 page per view. reading = corrections applied, each discoverable;
  diplomatic = the text as transcribed, errors marked, corrections shown.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:map="http://www.w3.org/2005/xpath-functions/map"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                xmlns:e="http://editio.org/ns/xslt"
                xmlns="http://www.w3.org/1999/xhtml"
                exclude-result-prefixes="#all">

  <xsl:import href="../common/functions.xsl"/>
  <xsl:include href="../common/corpus.xsl"/>
  <xsl:include href="text.xsl"/>
  <xsl:include href="apparatus.xsl"/>

  <!-- HtmlRenderer serializes with Editio's HTML5 serializer (Html5Serializer); this is for other runners. -->
  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"/>

  <!-- reading or diplomatic -->
  <xsl:param name="view" as="xs:string" select="'reading'"/>
  <!-- Where the page finds its style sheet and script, relative to the page. -->
  <xsl:param name="assets" as="xs:string" select="'assets/'"/>
  <!-- Links to the other view and to the downloads. -->
  <xsl:param name="reading-href" as="xs:string" select="'index.html'"/>
  <xsl:param name="diplomatic-href" as="xs:string" select="'diplomatic.html'"/>

  <xsl:variable name="diplomatic" as="xs:boolean" select="$view eq 'diplomatic'"/>

  <xsl:template match="/">
    <xsl:if test="not($view = ('reading', 'diplomatic'))">
      <xsl:sequence select="error(xs:QName('e:bad-view'), 'view must be reading or diplomatic, not ' || $view)"/>
    </xsl:if>
    <xsl:variable name="text" as="element(tei:text)" select="e:require-tei(.)"/>
    <xsl:apply-templates select="." mode="e:page">
      <xsl:with-param name="text" select="$text"/>
      <xsl:with-param name="e:numbering" select="e:numbering($text)" tunnel="yes"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template match="/" mode="e:page">
    <xsl:param name="text" as="element(tei:text)"/>
    <html lang="{(tei:TEI/@xml:lang, 'en')[1]}">
      <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="e:title(.) || (if ($diplomatic) then ' (diplomatic view)' else '')"/></title>
        <link rel="stylesheet" href="{$assets}edition.css"/>
        <script src="{$assets}edition.js" defer="defer"></script>
      </head>
      <body class="view-{$view}">
        <a class="skip" href="#main">Skip to the text</a>
        <header class="masthead">
          <p class="author"><xsl:value-of select="(//tei:titleStmt/tei:author)[1]"/></p>
          <h1><xsl:value-of select="e:title(.)"/></h1>
          <p class="subtitle"><xsl:value-of select="(//tei:titleStmt/tei:title[@type = 'sub'])[1]"/></p>
          <xsl:call-template name="e:controls"/>
        </header>
        <xsl:call-template name="e:toc">
          <xsl:with-param name="text" select="$text"/>
        </xsl:call-template>
        <main id="main">
          <xsl:apply-templates select="$text/(tei:front, tei:body, tei:back)/node()"/>
          <!-- Documents from elsewhere may have notes and corrections outside any chapter. -->
          <xsl:call-template name="e:footnotes">
            <xsl:with-param name="notes" select="$text//tei:note[empty(e:chapter(.))]"/>
          </xsl:call-template>
          <xsl:call-template name="e:apparatus">
            <xsl:with-param name="choices" select="$text//tei:choice[empty(e:chapter(.))]"/>
          </xsl:call-template>
        </main>
        <xsl:call-template name="e:person-index">
          <xsl:with-param name="text" select="$text"/>
        </xsl:call-template>
        <footer class="colophon">
          <p>Encoded in TEI P5 by the Editio editors. Source: <xsl:value-of select="normalize-space((//tei:sourceDesc//tei:bibl)[1]/tei:title)"/>.</p>
        </footer>
      </body>
    </html>
  </xsl:template>

  <!-- The legend, the view switch and the toggle that hides the editor's words. -->
  <xsl:template name="e:controls">
    <div class="controls" role="region" aria-label="Reading options">
      <p class="legend">
        <span class="swatch hand-LT-swatch" aria-hidden="true"></span> Trotsky
        <span class="swatch hand-CM-swatch" aria-hidden="true"></span> Charles Malamuth (C.M.), the editor
        <xsl:if test="not($diplomatic)"><span class="corr-legend">a</span> a corrected typing error</xsl:if>
      </p>
      <button type="button" id="toggle-editor" aria-pressed="false" aria-controls="main">Show Trotsky only</button>
      <nav aria-label="Views" class="views">
        <a href="{$reading-href}"><xsl:if test="not($diplomatic)"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>Reading view</a>
        <a href="{$diplomatic-href}"><xsl:if test="$diplomatic"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>Diplomatic view</a>
      </nav>
    </div>
  </xsl:template>

  <xsl:template name="e:toc">
    <xsl:param name="text" as="element(tei:text)"/>
    <nav class="toc" aria-labelledby="toc-title">
      <h2 id="toc-title">Contents</h2>
      <ol>
        <xsl:for-each select="$text/tei:body/tei:div">
          <li>
            <a href="#{@xml:id}"><xsl:value-of select="e:heading(.)"/></a>
            <xsl:if test="tei:div">
              <ol>
                <xsl:for-each select="tei:div">
                  <li><a href="#{@xml:id}"><xsl:value-of select="e:heading(.)"/></a></li>
                </xsl:for-each>
              </ol>
            </xsl:if>
          </li>
        </xsl:for-each>
        <li><a href="#index">Index of persons</a></li>
      </ol>
    </nav>
  </xsl:template>

  <!-- A division's heading as one line: "Chapter 12: The Road to Power." -->
  <xsl:function name="e:heading" as="xs:string">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:sequence select="string-join($div/tei:head ! normalize-space(.), ': ')"/>
  </xsl:function>

  <xsl:template name="e:person-index">
    <xsl:param name="text" as="element(tei:text)"/>
    <section id="index" class="index" aria-labelledby="index-title">
      <h2 id="index-title">Index of persons</h2>
      <xsl:variable name="mentions" as="map(xs:string, element(tei:persName)+)" select="e:mentions($text)"/>
      <ul>
        <xsl:for-each select="root($text)//tei:listPerson/tei:person[map:contains($mentions, string(@xml:id))]">
          <xsl:sort select="e:sort-key(.)"/>
          <li>
            <span class="index-name"><xsl:value-of select="e:person-name(.)"/></span>
            <xsl:if test="tei:idno[@type = 'wikidata']">
              <xsl:text> </xsl:text>
              <a class="wikidata" href="https://www.wikidata.org/wiki/{tei:idno[@type = 'wikidata']}">Wikidata</a>
            </xsl:if>
            <xsl:text>: </xsl:text>
            <xsl:for-each select="$mentions(string(@xml:id))">
              <xsl:if test="position() gt 1">, </xsl:if>
              <!-- e:name-id(.), written out as in the persName template: a call per mention costs 4 % of the page. -->
              <a href="#pn-{generate-id()}"><xsl:value-of select="position()"/></a>
            </xsl:for-each>
          </li>
        </xsl:for-each>
      </ul>
    </section>
  </xsl:template>
</xsl:stylesheet>
