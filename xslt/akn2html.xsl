<?xml version="1.0" encoding="UTF-8"?>
<!-- AKN to a standalone HTML5 page (XHTML syntax). Any valid AKN document renders; the
     conventions: class akn-<element> on every rendered element, data-<attribute> for every AKN
     attribute, id from eId. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">
  <xsl:include href="common/common.xsl"/>
  <xsl:include href="html/document.xsl"/>
  <xsl:include href="html/elements.xsl"/>
  <xsl:include href="html/notes.xsl"/>
  <xsl:output method="xhtml" html-version="5" encoding="UTF-8" indent="no" omit-xml-declaration="yes"/>
</xsl:stylesheet>
