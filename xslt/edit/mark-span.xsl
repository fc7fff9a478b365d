<?xml version="1.0" encoding="UTF-8"?>
<!--
  Marks a span of an element's text, given by character offsets into its string value (all its text,
  as XPath string() gives it, counted in characters from 0; end excluded), by wrapping the span in
  $wrapper. The span goes into the wrapper's element marked ed:slot (the wrapper itself, or the sic
  of a correction). An empty span (start = end) inserts the wrapper at that point (a note).

  The span is wrapped in the deepest element that holds it all; it may cover whole elements there, but
  not part of one: then it crosses a boundary and e:crosses-boundary is raised.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:ed="http://editio.org/ns/1.0"
                xmlns:e="http://editio.org/ns/xslt"
                exclude-result-prefixes="#all">

  <xsl:param name="start" as="xs:integer" required="yes"/>
  <xsl:param name="end" as="xs:integer" required="yes"/>
  <xsl:param name="wrapper" as="element()" required="yes"/>

  <xsl:variable name="container" as="element()" select="/*"/>
  <xsl:variable name="host" as="element()" select="e:host($container)"/>

  <xsl:template match="/">
    <xsl:if test="$start lt 0 or $end lt $start or $end gt string-length($container)">
      <xsl:sequence select="error(xs:QName('e:bad-span'), 'The span ' || $start || '–' || $end
                            || ' is not within the ' || string-length($container) || ' characters of the text')"/>
    </xsl:if>
    <xsl:apply-templates select="$container"/>
  </xsl:template>

  <xsl:mode on-no-match="shallow-copy"/>

  <xsl:template match="*[. is $host]">
    <xsl:variable name="children" as="node()*" select="node()"/>
    <xsl:variable name="inside" as="node()*" select="$children[e:overlaps(.)]"/>
    <xsl:for-each select="$inside[self::*][e:off(.) lt $start or e:off(.) + string-length(.) gt $end]">
      <xsl:sequence select="error(xs:QName('e:crosses-boundary'), 'The span ' || $start || '–' || $end
                            || ' covers part of a ' || local-name() || ' (' || e:off(.) || '–'
                            || (e:off(.) + string-length(.)) || '): mark all of it, or a span inside it')"/>
    </xsl:for-each>
    <xsl:variable name="before" as="node()*"
                  select="if (exists($inside)) then $children[. &lt;&lt; $inside[1]]
                          else $children[e:off(.) + string-length(.) le $start]"/>
    <xsl:variable name="after" as="node()*"
                  select="if (exists($inside)) then $children[. &gt;&gt; $inside[last()]]
                          else $children except $before"/>
    <xsl:copy>
      <xsl:apply-templates select="@*, $before"/>
      <xsl:if test="$inside[1] instance of text()">
        <xsl:value-of select="substring($inside[1], 1, $start - e:off($inside[1]))"/>
      </xsl:if>
      <xsl:apply-templates select="$wrapper" mode="wrap">
        <xsl:with-param name="span" as="node()*" tunnel="yes">
          <xsl:for-each select="$inside">
            <xsl:choose>
              <xsl:when test=". instance of text()">
                <xsl:value-of select="substring(., 1 + max(($start - e:off(.), 0)), $end - max(($start, e:off(.))))"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:apply-templates select="."/>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
        </xsl:with-param>
      </xsl:apply-templates>
      <xsl:if test="$inside[last()] instance of text()">
        <xsl:value-of select="substring($inside[last()], 1 + $end - e:off($inside[last()]))"/>
      </xsl:if>
      <xsl:apply-templates select="$after"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="*" mode="wrap">
    <xsl:copy copy-namespaces="no">
      <xsl:apply-templates select="@* except @ed:slot, node()" mode="wrap"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="*[@ed:slot]" mode="wrap" priority="2">
    <xsl:param name="span" as="node()*" tunnel="yes"/>
    <xsl:copy copy-namespaces="no">
      <xsl:apply-templates select="@* except @ed:slot" mode="wrap"/>
      <xsl:sequence select="$span"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="@* | text()" mode="wrap">
    <xsl:copy/>
  </xsl:template>

  <!-- Where a node starts in the container's text. -->
  <xsl:function name="e:off" as="xs:integer">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="string-length(string-join($container//text()[. &lt;&lt; $node]))"/>
  </xsl:function>

  <xsl:function name="e:overlaps" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="from" as="xs:integer" select="e:off($node)"/>
    <xsl:variable name="to" as="xs:integer" select="$from + string-length($node)"/>
    <xsl:sequence select="if ($start eq $end) then $node instance of text() and $from lt $start and $start lt $to
                          else $from lt $end and $to gt $start"/>
  </xsl:function>

  <!-- The deepest element that holds the whole span, and does not merely coincide with it. -->
  <xsl:function name="e:host" as="element()">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="deeper" as="element()?" select="$element/*[
        let $from := e:off(.), $to := $from + string-length(.)
        return if ($start eq $end) then $from lt $start and $start lt $to
               else $from le $start and $end le $to and ($from lt $start or $end lt $to)][1]"/>
    <xsl:sequence select="if (exists($deeper)) then e:host($deeper) else $element"/>
  </xsl:function>
</xsl:stylesheet>
