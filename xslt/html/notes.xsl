<?xml version="1.0" encoding="UTF-8"?>
<!-- Footnotes: a superscript call-out that links to the note and shows its text on hover, the
     notes listed at the end with a link back to their call-out. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xmlns:u="urn:unakn:functions"
    exclude-result-prefixes="#all">

  <xsl:template match="akn:authorialNote">
    <xsl:variable name="id" select="u:note-id(.)"/>
    <sup class="akn-authorialNote-callout">
      <a id="{$id}__callout" href="#{$id}" role="doc-noteref" title="{normalize-space(.)}">
        <xsl:for-each select="@*">
          <xsl:attribute name="data-{local-name()}" select="."/>
        </xsl:for-each>
        <xsl:value-of select="u:marker(.)"/>
      </a>
    </sup>
  </xsl:template>

  <xsl:template match="akn:noteRef">
    <xsl:variable name="target" select="substring-after(@href, '#')"/>
    <xsl:variable name="note" select="//akn:authorialNote[@eId = $target]"/>
    <sup class="akn-noteRef">
      <a href="{@href}" role="doc-noteref" title="{normalize-space($note)}">
        <xsl:for-each select="@*">
          <xsl:attribute name="data-{local-name()}" select="."/>
        </xsl:for-each>
        <xsl:value-of select="(@marker, u:marker($note))[1]"/>
      </a>
    </sup>
  </xsl:template>

  <xsl:template name="notes">
    <xsl:param name="lang" tunnel="yes"/>
    <xsl:variable name="notes" select=".//akn:authorialNote"/>
    <xsl:if test="$notes">
      <section class="unakn-notes" role="doc-endnotes">
        <h2><xsl:value-of select="u:label('footnotes', $lang)"/></h2>
        <ol>
          <xsl:for-each select="$notes">
            <li id="{u:note-id(.)}" class="akn-authorialNote" value="{u:marker(.)}" role="doc-endnote">
              <xsl:for-each select="@*">
                <xsl:attribute name="data-{local-name()}" select="."/>
              </xsl:for-each>
              <xsl:apply-templates/>
              <a class="unakn-backlink" href="#{u:note-id(.)}__callout" role="doc-backlink"
                 title="{u:label('back', $lang)}" aria-label="{u:label('back', $lang)}">↩</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- Notes without an eId (valid AKN, not ours) still get an id. -->
  <xsl:function name="u:note-id">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="string(($note/@eId, 'note_' || count($note/preceding::akn:authorialNote) + 1)[1])"/>
  </xsl:function>
</xsl:stylesheet>
