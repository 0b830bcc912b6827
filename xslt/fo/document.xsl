<?xml version="1.0" encoding="UTF-8"?>
<!-- The page set-up, running header and footer, footnote separator, bookmarks and metadata. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:x="adobe:ns:meta/"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xmlns:u="urn:unakn:functions"
    exclude-result-prefixes="#all">

  <!-- Noto Serif sets Latin, Cyrillic and digits (Noto Sans SC's digits lose their text in FOP's
       PDF), Noto Sans SC the Han characters, Noto Naskh Arabic the Arabic. No "language" property
       on the FO: with it FOP leaves Noto Naskh Arabic unshaped. -->
  <xsl:function name="u:fonts" as="xs:string">
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="if ($lang = 'ar') then 'Noto Naskh Arabic, Noto Serif, Noto Sans SC' else 'Noto Serif, Noto Sans SC, Noto Naskh Arabic'"/>
  </xsl:function>

  <xsl:variable name="latin-fonts" select="'Noto Serif, Noto Sans SC'"/>

  <xsl:template match="/">
    <xsl:variable name="lang" select="u:lang(.)"/>
    <fo:root font-family="{u:fonts($lang)}" font-size="10.5pt" line-height="1.45" line-height-shift-adjustment="disregard-shifts">
      <xsl:if test="u:rtl($lang)">
        <!-- Noto Naskh Arabic lacks digits and Latin punctuation: take each missing character from the next font -->
        <xsl:attribute name="font-selection-strategy" select="'character-by-character'"/>
      </xsl:if>
      <fo:layout-master-set>
        <fo:simple-page-master master-name="A4" page-height="297mm" page-width="210mm"
            margin-top="12mm" margin-bottom="12mm" margin-left="22mm" margin-right="22mm">
          <fo:region-body margin-top="14mm" margin-bottom="14mm"/>
          <fo:region-before extent="10mm"/>
          <fo:region-after extent="10mm"/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <fo:declarations>
        <x:xmpmeta>
          <rdf:RDF>
            <rdf:Description rdf:about="">
              <dc:title><xsl:value-of select="u:title(.)"/></dc:title>
              <dc:language><xsl:value-of select="$lang"/></dc:language>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
      </fo:declarations>
      <xsl:call-template name="bookmarks"/>
      <fo:page-sequence master-reference="A4">
        <xsl:if test="u:rtl($lang)">
          <xsl:attribute name="writing-mode" select="'rl-tb'"/>
        </xsl:if>
        <fo:static-content flow-name="xsl-region-before">
          <fo:block text-align="end" font-size="9pt" border-bottom="0.5pt solid black" padding-bottom="1mm" font-family="{$latin-fonts}">
            <fo:bidi-override direction="ltr" unicode-bidi="embed"><xsl:value-of select="u:symbol(.)"/></fo:bidi-override>
          </fo:block>
        </fo:static-content>
        <fo:static-content flow-name="xsl-region-after">
          <fo:block text-align="center" font-size="9pt" font-family="{$latin-fonts}">
            <fo:bidi-override direction="ltr" unicode-bidi="embed"><fo:page-number/> / <fo:page-number-citation-last ref-id="unakn-end"/></fo:bidi-override>
          </fo:block>
        </fo:static-content>
        <fo:static-content flow-name="xsl-footnote-separator">
          <fo:block text-align-last="start"><fo:leader leader-pattern="rule" leader-length="35%" rule-thickness="0.5pt"/></fo:block>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body">
          <xsl:apply-templates select="akn:akomaNtoso/*">
            <xsl:with-param name="lang" select="$lang" tunnel="yes"/>
          </xsl:apply-templates>
          <fo:block id="unakn-end"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- Bookmarks for the parts a reader jumps to: divisions of the operative part and annexes. -->
  <xsl:template name="bookmarks">
    <xsl:variable name="marks" select="//akn:mainBody/(akn:part | akn:section | akn:chapter | akn:article)[@eId]
        | //akn:attachment[@eId]"/>
    <xsl:if test="$marks">
      <fo:bookmark-tree>
        <xsl:for-each select="$marks">
          <fo:bookmark internal-destination="{@eId}">
            <fo:bookmark-title>
              <xsl:value-of select="normalize-space(string-join((akn:num, akn:heading, .//akn:preface/akn:p[1]), ' '))"/>
            </fo:bookmark-title>
          </fo:bookmark>
        </xsl:for-each>
      </fo:bookmark-tree>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
