<?xml version="1.0" encoding="UTF-8"?>
<!--
  The project grammar in which any element may also be a stub: the element's name with an ed:stub
  attribute and nothing else. A grammar-context document (validation-context.xsl) stands for the
  siblings of an edited element's ancestors with stubs, so that only the element and the shape of
  its ancestors are checked. Every other pattern is kept as it is.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:ed="http://editio.org/ns/1.0"
                xmlns="http://relaxng.org/ns/structure/1.0"
                xpath-default-namespace="http://relaxng.org/ns/structure/1.0"
                exclude-result-prefixes="#all">

  <xsl:mode on-no-match="shallow-copy"/>

  <xsl:template match="/">
    <xsl:if test="exists(//element[empty(@name)])">
      <xsl:message terminate="yes" error-code="ed:unnamed-element-pattern"
                   select="'Only element patterns with a name attribute can be stubbed'"/>
    </xsl:if>
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="element">
    <xsl:copy>
      <xsl:apply-templates select="@*"/>
      <choice>
        <attribute name="stub" ns="http://editio.org/ns/1.0"><text/></attribute>
        <group>
          <xsl:apply-templates select="node()"/>
        </group>
      </choice>
    </xsl:copy>
  </xsl:template>
</xsl:stylesheet>
