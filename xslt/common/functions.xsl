<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shared logic of the HTML and print editions: hands, numbering of notes and corrections,
  persons. No output here: the format modules (html/, fo/) call these functions.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:map="http://www.w3.org/2005/xpath-functions/map"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                xmlns:e="http://editio.org/ns/xslt"
                exclude-result-prefixes="#all">

  <!-- The hand of a node: the @hand of its nearest ancestor-or-self that has one (the edition's rule). -->
  <xsl:function name="e:hand" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="marked" as="attribute(hand)?" select="$node/ancestor-or-self::*[@hand][1]/@hand"/>
    <xsl:sequence select="if (empty($marked)) then 'LT' else if (starts-with($marked, '#')) then substring($marked, 2) else string($marked)"/>
  </xsl:function>

  <!-- True for the editor's words (C.M.). -->
  <xsl:function name="e:is-editors" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="e:hand($node) eq 'CM'"/>
  </xsl:function>

  <!-- A piece of the editor's bracketed text: a paragraph or seg in his hand (signatures excluded). -->
  <xsl:function name="e:is-run-piece" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="$element/@hand = '#CM'
                          and ($element/self::tei:p or $element/self::tei:seg[not(@type = 'signature')])"/>
  </xsl:function>

  <!-- The chapter an element belongs to, if any. -->
  <xsl:function name="e:chapter" as="element(tei:div)?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node/ancestor-or-self::tei:div[@type = 'chapter'][1]"/>
  </xsl:function>

  <!--
    Notes are numbered from 1 in each chapter, as footnotes in a book are, and corrections lettered
    a, b, … z, aa … so that they never look like notes. One pass builds the numbers, keyed by
    generate-id(): a format module computes them once per document in its "/" template and hands them
    down as the tunnel parameter e:numbering. (Accumulators did this before; each of their lookups
    compared document positions, and cost more than the rest of a correction's rendering.)
  -->
  <xsl:function name="e:numbering" as="map(xs:string, xs:string)">
    <xsl:param name="text" as="element(tei:text)"/>
    <xsl:variable name="chapters" as="element(tei:div)*" select="$text//tei:div[@type = 'chapter']"/>
    <xsl:sequence select="map:merge((
        for $chapter in $chapters
        return let $inner := $chapter//tei:div[@type = 'chapter']
               return (e:numbered($chapter//tei:note except $inner//tei:note, '1'),
                       e:numbered($chapter//tei:choice except $inner//tei:choice, 'a')),
        e:numbered($text//tei:note except $chapters//tei:note, '1'),
        e:numbered($text//tei:choice except $chapters//tei:choice, 'a')))"/>
  </xsl:function>

  <!-- Each node's position in the sequence, formatted by the picture of format-integer(), keyed by generate-id(). -->
  <xsl:function name="e:numbered" as="map(xs:string, xs:string)*">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:param name="picture" as="xs:string"/>
    <xsl:sequence select="for $i in 1 to count($nodes) return map:entry(generate-id($nodes[$i]), format-integer($i, $picture))"/>
  </xsl:function>

  <!-- The number a note is called by. -->
  <xsl:function name="e:note-number" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:param name="numbering" as="map(xs:string, xs:string)"/>
    <xsl:sequence select="$numbering(generate-id($note))"/>
  </xsl:function>

  <!-- The letter a correction is called by. -->
  <xsl:function name="e:correction-label" as="xs:string">
    <xsl:param name="choice" as="element(tei:choice)"/>
    <xsl:param name="numbering" as="map(xs:string, xs:string)"/>
    <xsl:sequence select="$numbering(generate-id($choice))"/>
  </xsl:function>

  <!-- The id a name in the text is linked by, from the index (both editions are made in one pass). -->
  <xsl:function name="e:name-id" as="xs:string">
    <xsl:param name="name" as="element(tei:persName)"/>
    <xsl:sequence select="'pn-' || generate-id($name)"/>
  </xsl:function>

  <!-- The register entry a persName points to. -->
  <xsl:function name="e:person" as="element(tei:person)?">
    <xsl:param name="name" as="element(tei:persName)"/>
    <xsl:sequence select="id(substring-after($name/@ref, '#'), $name)[self::tei:person]"/>
  </xsl:function>

  <!-- The names in the text, grouped by the xml:id of the register entry they point to (#id; not other files). -->
  <xsl:function name="e:mentions" as="map(xs:string, element(tei:persName)+)">
    <xsl:param name="text" as="element(tei:text)"/>
    <xsl:map>
      <xsl:for-each-group select="$text//tei:persName[starts-with(@ref, '#')]" group-by="substring(@ref, 2)">
        <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:function>

  <!-- A name to display for a person: the register's first persName. -->
  <xsl:function name="e:person-name" as="xs:string">
    <xsl:param name="person" as="element(tei:person)"/>
    <xsl:sequence select="normalize-space($person/tei:persName[1])"/>
  </xsl:function>

  <!-- The sort key of a person in the index: the last word of the name. -->
  <xsl:function name="e:sort-key" as="xs:string">
    <xsl:param name="person" as="element(tei:person)"/>
    <xsl:sequence select="tokenize(e:person-name($person), '\s+')[last()]"/>
  </xsl:function>

  <!-- Who is quoted by a block quotation, when the edition says. -->
  <xsl:function name="e:speaker" as="xs:string?">
    <xsl:param name="cit" as="element(tei:cit)"/>
    <xsl:variable name="ref" as="xs:string?" select="($cit/tei:bibl/tei:author/@ref)[1]"/>
    <xsl:variable name="person" as="element(tei:person)?"
                  select="$ref ! id(substring-after(., '#'), $cit)[self::tei:person]"/>
    <xsl:sequence select="if (exists($person)) then e:person-name($person) else ()"/>
  </xsl:function>

  <!-- What a corrector is called in the apparatus; editors of the platform by the names in their respStmt. -->
  <xsl:function name="e:responsibility" as="xs:string">
    <xsl:param name="corr" as="element(tei:corr)"/>
    <xsl:variable name="resp" as="xs:string*" select="tokenize($corr/@resp)"/>
    <xsl:variable name="accounts" as="xs:string*"
                  select="for $account in $resp[starts-with(., '#user-')]
                          return (normalize-space(id(substring($account, 2), $corr)[self::tei:respStmt]/tei:name[1]), $account)[. ne ''][1]"/>
    <xsl:variable name="editors" as="xs:string*" select="('the editors'[$resp = '#editio'], $accounts)"/>
    <xsl:sequence select="if ($resp = '#importer' and exists($editors))
                          then 'proposed by the importer, confirmed by ' || string-join($editors, ', ')
                          else if ($resp = '#editio' and empty($accounts)) then 'editors'
                          else if (exists($editors)) then string-join($editors, ', ')
                          else if ($resp = '#importer') then 'importer (unreviewed)'
                          else string($corr/@resp)"/>
  </xsl:function>

  <!--
    A correction's review status: that of the revisionDesc/change that made it in the platform
    (choice/@change), or, for one that came with the text, pending while only the importer proposed it.
  -->
  <xsl:function name="e:review-status" as="xs:string">
    <xsl:param name="choice" as="element(tei:choice)"/>
    <xsl:variable name="change" as="element(tei:change)?"
                  select="$choice/@change ! id(substring-after(., '#'), $choice)[self::tei:change][ancestor::tei:revisionDesc]"/>
    <xsl:sequence select="if (exists($change/@status)) then string($change/@status) else e:imported-status($choice/tei:corr[1])"/>
  </xsl:function>

  <!-- The status of a correction that came with the text: pending while only the importer proposed it. -->
  <xsl:function name="e:imported-status" as="xs:string">
    <xsl:param name="corr" as="element(tei:corr)?"/>
    <xsl:variable name="resp" as="xs:string*" select="tokenize($corr/@resp)"/>
    <xsl:sequence select="if (exists($resp) and (every $r in $resp satisfies $r eq '#importer')) then 'pending' else 'accepted'"/>
  </xsl:function>

  <!-- The words of a node as the reading view gives them: corrections for errors, notes left out
       (for headings in a table of contents, running heads, bookmarks). -->
  <xsl:function name="e:reading-text" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="normalize-space(string-join($node/descendant-or-self::text() except $node//(tei:sic | tei:note)//text()))"/>
  </xsl:function>

  <!-- The edition's main title. -->
  <xsl:function name="e:title" as="xs:string">
    <xsl:param name="tei" as="document-node()"/>
    <xsl:sequence select="normalize-space(($tei//tei:titleStmt/tei:title)[1])"/>
  </xsl:function>

  <!-- A document the stylesheets cannot present stops with a clear, named error. -->
  <xsl:function name="e:require-tei" as="element(tei:text)">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="text" as="element(tei:text)?" select="($doc/tei:TEI/tei:text)[1]"/>
    <xsl:if test="empty($text)">
      <xsl:sequence select="error(xs:QName('e:not-tei'),
                            'Not a TEI document with a text: the root is ' || name($doc/*))"/>
    </xsl:if>
    <xsl:sequence select="$text"/>
  </xsl:function>
</xsl:stylesheet>
