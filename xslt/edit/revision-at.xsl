<?xml version="1.0" encoding="UTF-8"?>
<!--
  The edition as it was at a past revision, rebuilt from the draft and the change log
  (src/main/resources/xquery/read-history.xq): each element changed since goes back to its state
  before its first later change, and the header's log of changes (xquery/change-log.xqm) is
  rebuilt as it stood then. A revert writes the result back as a new change, keeping the log of today.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:map="http://www.w3.org/2005/xpath-functions/map"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                xmlns:ed="http://editio.org/ns/1.0"
                xmlns:e="http://editio.org/ns/xslt"
                xmlns="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="#all">

  <!-- The revision wanted. -->
  <xsl:param name="at" as="xs:integer" required="yes"/>
  <!-- The log as of this revision: 'at' for a past text, or the log of today's draft for a revert. -->
  <xsl:param name="log-at" as="xs:integer" select="$at"/>

  <xsl:variable name="changes" as="element(ed:change)*" select="/ed:changes/ed:change"/>
  <xsl:variable name="later" as="element(ed:change)*" select="$changes[xs:integer(@rev) gt $at]"/>
  <!-- A replacement of the whole text after $at: start from the text it replaced. -->
  <xsl:variable name="reset" as="element(ed:change)?" select="$later[@scope = 'edition'][1]"/>
  <xsl:variable name="undone" as="element(ed:change)*"
                select="$later[not(@scope = 'edition')][empty($reset) or xs:integer(@rev) lt xs:integer($reset/@rev)]"/>
  <!-- Each element's first change after $at, whose 'before' is the element as it was at $at. -->
  <xsl:variable name="first-change" as="map(xs:string, element(ed:change))"
                select="map:merge($undone ! map:entry(string(@fragment), .), map{'duplicates': 'use-first'})"/>

  <xsl:template match="/">
    <xsl:if test="$at lt 1 or $at gt xs:integer(ed:changes/@rev)">
      <xsl:sequence select="error(xs:QName('e:no-revision'), 'No revision ' || $at || ' in this edition')"/>
    </xsl:if>
    <xsl:apply-templates select="if (exists($reset)) then $reset/ed:before/* else ed:changes/ed:draft/*">
      <xsl:with-param name="state-before" as="xs:integer"
                      select="if (exists($reset)) then xs:integer($reset/@rev) else xs:integer(ed:changes/@rev) + 1"
                      tunnel="yes"/>
    </xsl:apply-templates>
  </xsl:template>

  <!--
    $state-before: the content being copied is the state just before this revision. An element inside
    it goes back further only if its own first change after $at came before that.
  -->
  <xsl:template match="*[@xml:id][map:contains($first-change, string(@xml:id))]" priority="2">
    <xsl:param name="state-before" as="xs:integer" tunnel="yes"/>
    <xsl:variable name="change" as="element(ed:change)" select="$first-change(string(@xml:id))"/>
    <xsl:choose>
      <xsl:when test="xs:integer($change/@rev) lt $state-before">
        <xsl:apply-templates select="$change/ed:before/*">
          <xsl:with-param name="state-before" as="xs:integer" select="xs:integer($change/@rev)" tunnel="yes"/>
        </xsl:apply-templates>
      </xsl:when>
      <xsl:otherwise>
        <xsl:next-match/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="*">
    <xsl:copy copy-namespaces="no">
      <xsl:apply-templates select="@*, node()"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="@* | text() | comment() | processing-instruction()">
    <xsl:copy/>
  </xsl:template>

  <!-- The header's log: the entries of changes made by then, with their review status as it was then. -->
  <xsl:template match="tei:titleStmt/tei:respStmt[starts-with(@xml:id, 'user-')]">
    <xsl:if test="@xml:id = e:log()/(@user, @reviewer[xs:integer(../@reviewed-rev) le $log-at]) ! e:user-id(.)">
      <xsl:next-match/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:revisionDesc//tei:change[starts-with(@xml:id, 'rev-')]"/>

  <xsl:template match="tei:revisionDesc[empty(tei:listChange)] | tei:revisionDesc/tei:listChange[1]">
    <xsl:variable name="entries" as="element(tei:change)*">
      <xsl:for-each select="reverse(e:log())">
        <xsl:variable name="reviewed" as="xs:boolean" select="xs:integer((@reviewed-rev, 0)[1]) le $log-at and exists(@reviewer)"/>
        <change xml:id="rev-{@rev}" n="{@rev}" when="{@when}" who="#{e:user-id(@user)}"
                status="{if ($reviewed) then @status else 'pending'}">
          <xsl:if test="string(@fragment)">
            <xsl:attribute name="target" select="'#' || @fragment"/>
          </xsl:if>
          <xsl:if test="$reviewed">
            <xsl:attribute name="resp" select="'#' || e:user-id(@reviewer)"/>
          </xsl:if>
          <xsl:value-of select="ed:summary"/>
        </change>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="kept" as="node()*"
                  select="node() except (tei:change[starts-with(@xml:id, 'rev-')] | tei:listChange[starts-with(@xml:id, 'changes-')])"/>
    <xsl:if test="exists($entries) or exists($kept/self::*)">
      <xsl:copy copy-namespaces="no">
        <xsl:apply-templates select="@*"/>
        <!-- Newest first, before the first entry that came with the text (as change-log.xqm inserts them). -->
        <xsl:variable name="first" as="element()?" select="$kept/self::*[1]"/>
        <xsl:apply-templates select="$kept[empty($first) or . &lt;&lt; $first]"/>
        <xsl:sequence select="if (self::tei:listChange) then e:chunks($entries) else $entries"/>
        <xsl:apply-templates select="$kept[exists($first) and not(. &lt;&lt; $first)]"/>
      </xsl:copy>
    </xsl:if>
  </xsl:template>

  <!--
    Entries given newest first, in the chunks that change-log.xqm keeps in a listChange log: the oldest
    $e:chunk-size entries in changes-1, and so on; newest chunk first.
  -->
  <xsl:variable name="e:chunk-size" as="xs:integer" select="50"/>

  <xsl:function name="e:chunks" as="element(tei:listChange)*">
    <xsl:param name="entries" as="element(tei:change)*"/>
    <xsl:variable name="n" as="xs:integer" select="count($entries)"/>
    <xsl:for-each select="reverse(1 to xs:integer(ceiling($n div $e:chunk-size)))">
      <listChange xml:id="changes-{.}">
        <xsl:sequence select="$entries[position() ge $n - current() * $e:chunk-size + 1
                                       and position() le $n - (current() - 1) * $e:chunk-size]"/>
      </listChange>
    </xsl:for-each>
  </xsl:function>

  <!-- The changes logged by $log-at (reviews and publications leave the text alone). -->
  <xsl:function name="e:log" as="element(ed:change)*">
    <xsl:sequence select="$changes[xs:integer(@rev) le $log-at]"/>
  </xsl:function>

  <xsl:function name="e:user-id" as="xs:string">
    <xsl:param name="user" as="xs:string"/>
    <xsl:sequence select="'user-' || replace($user, '[^\p{L}\p{Nd}._-]', '_')"/>
  </xsl:function>
</xsl:stylesheet>
