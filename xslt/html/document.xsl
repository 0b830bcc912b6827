<?xml version="1.0" encoding="UTF-8"?>
<!-- The page around the document: language and direction, title, stylesheet, notes at the end. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xmlns:u="urn:unakn:functions"
    exclude-result-prefixes="#all">

  <!-- Read once, when the stylesheet is compiled, not for every page. -->
  <xsl:variable name="css" static="yes" select="unparsed-text(resolve-uri('unakn.css', static-base-uri()))"/>

  <xsl:template match="/">
    <xsl:variable name="lang" select="u:lang(.)"/>
    <html lang="{$lang}" dir="{if (u:rtl($lang)) then 'rtl' else 'ltr'}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="u:title(.)"/></title>
        <style><xsl:value-of select="$css"/></style>
      </head>
      <body>
        <xsl:apply-templates select="akn:akomaNtoso/*">
          <xsl:with-param name="lang" select="$lang" tunnel="yes"/>
        </xsl:apply-templates>
      </body>
    </html>
  </xsl:template>

  <!-- The document: its parts, then its notes, listed where a reader of a web page expects them. -->
  <xsl:template match="akn:akomaNtoso/*">
    <xsl:param name="lang" tunnel="yes"/>
    <article>
      <xsl:call-template name="attributes"/>
      <xsl:apply-templates/>
      <xsl:call-template name="notes"/>
    </article>
  </xsl:template>

  <xsl:template match="akn:meta"/>
</xsl:stylesheet>
