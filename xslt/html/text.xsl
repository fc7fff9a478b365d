<?xml version="1.0" encoding="UTF-8"?>
<!-- Divisions, paragraphs, the two hands, quotations and names, as HTML. -->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                xmlns:e="http://editio.org/ns/xslt"
                xmlns="http://www.w3.org/1999/xhtml"
                exclude-result-prefixes="#all">

  <xsl:template match="tei:div[@type = 'chapter']">
    <section id="{@xml:id}" class="chapter" aria-labelledby="{@xml:id}-title">
      <h2 id="{@xml:id}-title">
        <xsl:for-each select="tei:head">
          <span class="head-{(@type, 'title')[1]}"><xsl:apply-templates/></span>
          <xsl:if test="position() lt last()"><xsl:text> </xsl:text></xsl:if>
        </xsl:for-each>
      </h2>
      <xsl:apply-templates select="* except tei:head"/>
      <xsl:call-template name="e:footnotes"/>
      <xsl:call-template name="e:apparatus"/>
    </section>
  </xsl:template>

  <xsl:template match="tei:div">
    <section id="{@xml:id}" class="{@type}" aria-labelledby="{@xml:id}-title">
      <h3 id="{@xml:id}-title" class="hand-{e:hand(tei:head[1])}"><xsl:apply-templates select="tei:head[1]/node()"/></h3>
      <xsl:apply-templates select="* except tei:head"/>
    </section>
  </xsl:template>

  <xsl:template match="tei:p">
    <p id="{@xml:id}" class="{'hand-' || e:hand(.), tokenize(@rend) ! ('rend-' || .)}">
      <xsl:choose>
        <xsl:when test="e:is-run-piece(.)">
          <span class="omission" aria-hidden="true" title="Words of the editor left out">[…]</span>
          <span class="content"><xsl:apply-templates/></span>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates/>
        </xsl:otherwise>
      </xsl:choose>
    </p>
  </xsl:template>

  <!-- The editor's words inside a paragraph; a marker stands in when they are hidden. -->
  <xsl:template match="tei:seg[@hand = '#CM']">
    <span id="{@xml:id}" class="hand-CM {@type}" data-hand="CM"><xsl:apply-templates/></span>
    <span class="omission" aria-hidden="true" title="Words of the editor left out">[…]</span>
  </xsl:template>

  <xsl:template match="tei:seg">
    <span class="{@type}"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:cit[@type = 'block']">
    <figure class="quotation hand-{e:hand(.)}">
      <blockquote>
        <xsl:apply-templates select="tei:quote/node()"/>
      </blockquote>
      <xsl:variable name="speaker" as="xs:string?" select="e:speaker(.)"/>
      <xsl:if test="exists($speaker)">
        <figcaption>— <cite><xsl:value-of select="$speaker"/></cite></figcaption>
      </xsl:if>
    </figure>
  </xsl:template>

  <xsl:template match="tei:quote">
    <q><xsl:apply-templates/></q>
  </xsl:template>

  <!-- The id is e:name-id(.), written out: it is made for every name, and so is the index's link to it. -->
  <xsl:template match="tei:persName">
    <span id="pn-{generate-id()}" data-person="{substring-after(@ref, '#')}">
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:hi">
    <em><xsl:apply-templates/></em>
  </xsl:template>

  <xsl:template match="tei:lb">
    <br/>
  </xsl:template>

  <xsl:template match="tei:title">
    <cite><xsl:apply-templates/></cite>
  </xsl:template>

  <!-- Anything else keeps its text, so that no word is lost to an unknown element. -->
  <xsl:template match="tei:*">
    <span class="tei-{local-name()}"><xsl:apply-templates/></span>
  </xsl:template>
</xsl:stylesheet>
