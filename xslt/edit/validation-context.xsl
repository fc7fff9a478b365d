<?xml version="1.0" encoding="UTF-8"?>
<!--
  What an edit of one element can change, cut out of the draft as the edit would leave it, so that it
  can be validated without validating the whole edition (see org.editio.core.validate.EditValidator,
  which argues why each check is equivalent to validating the whole draft when the draft before the
  edit was valid).

  The context item is the draft before the edit, and the edit is the replacement element: the edited
  draft is never built, because a copy of the whole draft per edit cost more than the validation.

  Two documents, by initial template:
  - grammar-context: the element's ancestors with their attributes and text, their other children
    as stubs (the name and ed:stub only), and the element itself in full. Validated against the
    project grammar in which a stub element matches any pattern of its name.
  - rule-context: the element and every element outside it that points (@hand @resp @who @ref
    @next @prev) at an identifier whose element the edit removed or changed (name, @next, @prev),
    each in full under its ancestors; as stubs (all attributes, no content), every element these
    point at, an element elsewhere that already had an identifier new in the edit, and the declared
    hands and responsibilities.
    Each kept subtree follows an editio-focus processing instruction, so that Schematron findings
    can be kept for those subtrees only.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:ed="http://editio.org/ns/1.0"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="#all">

  <!-- The element's xml:id, in the draft before the edit (the context item). -->
  <xsl:param name="fragment-id" as="xs:string" required="yes"/>
  <!-- The element as the edit makes it. -->
  <xsl:param name="replacement" as="element()" required="yes"/>

  <!-- The pointer attributes that the project's rules follow (indexed only when an edit needs it). -->
  <xsl:key name="pointing" match="*[@hand | @resp | @who | @ref | @next | @prev]" use="ed:targets(.)"/>

  <xsl:function name="ed:targets" as="xs:string*">
    <xsl:param name="elements" as="element()*"/>
    <xsl:sequence select="for $t in $elements/(@hand, @resp, @who, @ref, @next, @prev) ! tokenize(normalize-space(.), ' ')
                          return substring-after($t, '#')[. ne '']"/>
  </xsl:function>

  <xsl:variable name="draft" as="document-node()" select="/"/>
  <xsl:variable name="before" as="element()" select="ed:element($draft, $fragment-id)"/>

  <xsl:function name="ed:element" as="element()">
    <xsl:param name="draft" as="document-node()"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:variable name="found" as="element()*" select="id($id, $draft)"/>
    <xsl:if test="empty($found)">
      <xsl:message terminate="yes" error-code="ed:no-fragment" select="'No element with xml:id ' || $id"/>
    </xsl:if>
    <xsl:sequence select="$found[1]"/>
  </xsl:function>

  <!-- ============================================================ grammar-context -->

  <!-- Written straight to the result (no xsl:document, no as=) and copied by xsl:sequence, so that the
       element keeps the lines it was sent with: Saxon's xsl:copy-of keeps a node's line only when it
       is greater than the instruction's own. -->
  <xsl:template name="grammar-context">
    <xsl:apply-templates select="$draft/*" mode="grammar-context"/>
  </xsl:template>

  <xsl:template match="*" mode="grammar-context">
    <xsl:choose>
      <xsl:when test=". is $before">
        <xsl:sequence select="$replacement"/>
      </xsl:when>
      <xsl:when test="exists(. intersect $before/ancestor::*)">
        <xsl:copy>
          <xsl:copy-of select="@*"/>
          <xsl:apply-templates select="node()" mode="grammar-context"/>
        </xsl:copy>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="{name()}" namespace="{namespace-uri()}">
          <xsl:attribute name="ed:stub"/>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="text()" mode="grammar-context">
    <xsl:copy/>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()" mode="grammar-context"/>

  <!-- ============================================================ rule-context -->

  <!--
    The identifiers whose element an outside pointer could now find different: gone, or on an element
    of another name or other links (@next, @prev). A pointer to a new identifier cannot exist yet: the
    draft was valid, so every pointer in it found its element.
  -->
  <xsl:variable name="affected" as="xs:string*"
                select="for $old in $before/descendant-or-self::*[@xml:id]
                        return string($old/@xml:id)[not(ed:same-target($old, $replacement/descendant-or-self::*[@xml:id = $old/@xml:id]))]"/>

  <xsl:function name="ed:same-target" as="xs:boolean">
    <xsl:param name="old" as="element()"/>
    <xsl:param name="new" as="element()*"/>
    <xsl:sequence select="count($new) eq 1 and node-name($old) eq node-name($new)
                          and string($old/@next) eq string($new/@next) and string($old/@prev) eq string($new/@prev)"/>
  </xsl:function>

  <!-- The subtrees whose findings count, in the draft: the element, and what points into it from outside. -->
  <xsl:variable name="focus" as="element()*"
                select="if (empty($affected)) then $before
                        else $before | (key('pointing', $affected, $draft) except $before/descendant-or-self::*)"/>

  <!--
    The elements outside the kept subtrees that the rules reach: those the kept elements point at, the
    one that already had an identifier new in the element (a duplicate), and the declared hands and
    responsibilities that the rules' messages list. (id() finds one element per identifier: enough, as
    the draft before the edit had each at most once.) Nothing inside the element before the edit stands:
    what the edit kept of it is in the replacement, in full.
  -->
  <xsl:function name="ed:stubs" as="element()*">
    <xsl:param name="kept" as="element()*"/>
    <xsl:variable name="new-ids" as="xs:string*"
                  select="$replacement/descendant-or-self::*/@xml:id[not(. = $before/descendant-or-self::*/@xml:id)] ! string()"/>
    <xsl:variable name="header" as="element()*" select="$draft/tei:TEI/tei:teiHeader"/>
    <xsl:sequence select="(id(ed:targets(($focus except $before, $replacement)/descendant-or-self::*), $draft)
                           | id($new-ids, $draft)
                           | $header/tei:profileDesc/tei:handNotes/tei:handNote
                           | $header/tei:fileDesc/tei:titleStmt/tei:respStmt)
                          except ($kept | $focus/descendant::* | $before/descendant-or-self::*)"/>
  </xsl:function>

  <xsl:template name="rule-context">
    <xsl:variable name="kept" as="element()*" select="$focus/ancestor-or-self::*"/>
    <xsl:apply-templates select="$draft/*" mode="rule-context">
      <xsl:with-param name="kept" as="element()*" select="$kept" tunnel="yes"/>
      <xsl:with-param name="stubs" as="element()*" tunnel="yes" select="ed:stubs($kept)"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template match="*" mode="rule-context">
    <xsl:param name="kept" as="element()*" tunnel="yes"/>
    <xsl:param name="stubs" as="element()*" tunnel="yes"/>
    <xsl:choose>
      <xsl:when test="exists(. intersect $focus)">
        <xsl:processing-instruction name="editio-focus"/>
        <xsl:sequence select="if (. is $before) then $replacement else ."/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:copy>
          <xsl:copy-of select="@*"/>
          <xsl:apply-templates select="*[exists(. intersect $kept)]" mode="rule-context"/>
          <xsl:if test=". is $draft/*">
            <ed:stubs>
              <xsl:for-each select="$stubs">
                <xsl:copy>
                  <xsl:copy-of select="@*"/>
                </xsl:copy>
              </xsl:for-each>
            </ed:stubs>
          </xsl:if>
        </xsl:copy>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
