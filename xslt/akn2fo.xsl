<?xml version="1.0" encoding="UTF-8"?>
<!-- AKN to XSL-FO for Apache FOP: A4 pages, running symbol and page numbers, hanging paragraph
     numbers, real page footnotes, annexes on new pages, bookmarks, PDF metadata. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    exclude-result-prefixes="#all">
  <xsl:include href="common/common.xsl"/>
  <xsl:include href="fo/document.xsl"/>
  <xsl:include href="fo/elements.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>
</xsl:stylesheet>
