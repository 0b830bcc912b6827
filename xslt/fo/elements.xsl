<?xml version="1.0" encoding="UTF-8"?>
<!-- AKN elements as blocks and inlines; numbered items as list items with hanging numbers;
     footnotes as fo:footnote at their call-out. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xmlns:u="urn:unakn:functions"
    exclude-result-prefixes="#all">

  <xsl:variable name="fo-blocks" as="xs:string*" select="('statement', 'doc', 'coverPage', 'preface', 'preamble',
      'mainBody', 'conclusions', 'attachments', 'container', 'formula', 'list', 'intro', 'content', 'wrapUp',
      'section', 'part', 'chapter', 'article', 'hcontainer', 'crossHeading', 'blockList', 'item', 'block',
      'division', 'title', 'recitals', 'citations', 'body')"/>

  <xsl:template match="akn:meta"/>

  <!-- In Arabic text, runs of other characters (digits, Latin, "/", "-", brackets) get the Latin
       font explicitly: taken from it by FOP's per-character fallback instead, the punctuation
       is drawn below the line in right-to-left pages. -->
  <xsl:template match="text()">
    <xsl:param name="lang" tunnel="yes" select="''"/>
    <xsl:choose>
      <xsl:when test="u:rtl($lang)">
        <xsl:analyze-string select="." regex="[^\p{{IsArabic}}\s]+">
          <xsl:matching-substring>
            <fo:inline font-family="{$latin-fonts}"><xsl:value-of select="."/></fo:inline>
          </xsl:matching-substring>
          <xsl:non-matching-substring>
            <xsl:value-of select="."/>
          </xsl:non-matching-substring>
        </xsl:analyze-string>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="."/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="akn:*">
    <xsl:choose>
      <xsl:when test="local-name() = $fo-blocks">
        <fo:block>
          <xsl:copy-of select="u:id(.)"/>
          <xsl:apply-templates/>
        </fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline><xsl:apply-templates/></fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:function name="u:id" as="attribute()?">
    <xsl:param name="e" as="element()"/>
    <xsl:if test="$e/@eId">
      <xsl:attribute name="id" select="$e/@eId"/>
    </xsl:if>
  </xsl:function>

  <xsl:template match="akn:p">
    <fo:block space-after="4pt">
      <xsl:copy-of select="u:id(.)"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="akn:coverPage">
    <fo:block border-bottom="1pt solid black" padding-bottom="2mm" space-after="6mm" font-size="9.5pt">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="akn:coverPage//akn:p">
    <fo:block><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="akn:statement/akn:preface/akn:p[last()]">
    <fo:block font-weight="bold" font-size="12pt" space-before="6mm" space-after="6mm" keep-with-next="always">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="akn:preamble/akn:container/akn:p">
    <fo:block space-after="4pt" text-indent="10mm"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="akn:inline[ends-with(@name, 'preambularPhrase') or ends-with(@name, 'operativeVerb')]">
    <xsl:param name="lang" tunnel="yes"/>
    <fo:inline>
      <xsl:if test="not($lang = ('zh', 'ar'))">
        <xsl:attribute name="font-style" select="'italic'"/>
      </xsl:if>
      <xsl:apply-templates/>
    </fo:inline>
  </xsl:template>

  <!-- Numbered paragraphs and points: the number hangs in the margin of the text. -->
  <xsl:template match="akn:paragraph[akn:num] | akn:point[akn:num]">
    <fo:list-block provisional-distance-between-starts="10mm" provisional-label-separation="2mm" space-after="4pt">
      <xsl:copy-of select="u:id(.)"/>
      <fo:list-item>
        <fo:list-item-label end-indent="label-end()">
          <fo:block text-align="end"><xsl:apply-templates select="akn:num/node()"/></fo:block>
        </fo:list-item-label>
        <fo:list-item-body start-indent="body-start()">
          <fo:block><xsl:apply-templates select="* except akn:num"/></fo:block>
        </fo:list-item-body>
      </fo:list-item>
    </fo:list-block>
  </xsl:template>

  <xsl:template match="akn:num | akn:heading">
    <fo:block text-align="center" font-weight="bold" space-before="4mm" space-after="2mm" keep-with-next="always">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="akn:conclusions">
    <fo:block text-align="end" space-before="6mm" keep-together.within-page="always">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="akn:attachment">
    <fo:block break-before="page">
      <xsl:copy-of select="u:id(.)"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="akn:attachment//akn:preface/akn:p">
    <fo:block text-align="center" font-weight="bold" space-after="3mm"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="akn:sup[akn:authorialNote or akn:noteRef]">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="akn:sup">
    <fo:inline baseline-shift="super" font-size="70%"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="akn:authorialNote">
    <fo:footnote>
      <fo:inline baseline-shift="super" font-size="70%"><xsl:value-of select="u:marker(.)"/></fo:inline>
      <fo:footnote-body>
        <fo:list-block provisional-distance-between-starts="6mm" provisional-label-separation="1mm"
            font-size="8.5pt" line-height="1.3" text-indent="0" start-indent="0" end-indent="0" font-style="normal" font-weight="normal">
          <xsl:copy-of select="u:id(.)"/>
          <fo:list-item>
            <fo:list-item-label end-indent="label-end()">
              <fo:block><xsl:value-of select="u:marker(.)"/></fo:block>
            </fo:list-item-label>
            <fo:list-item-body start-indent="body-start()">
              <xsl:for-each select="*">
                <fo:block><xsl:apply-templates/></fo:block>
              </xsl:for-each>
            </fo:list-item-body>
          </fo:list-item>
        </fo:list-block>
      </fo:footnote-body>
    </fo:footnote>
  </xsl:template>

  <xsl:template match="akn:noteRef">
    <fo:inline baseline-shift="super" font-size="70%"><xsl:value-of select="@marker"/></fo:inline>
  </xsl:template>
</xsl:stylesheet>
