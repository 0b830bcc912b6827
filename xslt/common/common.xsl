<?xml version="1.0" encoding="UTF-8"?>
<!-- What the HTML and the PDF stylesheets share: the document's language and direction, labels,
     the title, and the resolver that turns AKN IRIs and document symbols into web addresses. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xmlns:u="urn:unakn:functions"
    exclude-result-prefixes="#all">

  <!-- Indentation between block elements is not text; inside p and inline elements spaces are kept. -->
  <xsl:strip-space elements="akn:akomaNtoso akn:statement akn:doc akn:coverPage akn:preface akn:preamble
      akn:mainBody akn:conclusions akn:attachments akn:attachment akn:container akn:formula akn:paragraph
      akn:list akn:intro akn:point akn:content akn:wrapUp akn:section akn:part akn:chapter akn:article
      akn:hcontainer akn:authorialNote akn:blockList akn:item"/>

  <!-- Base address for UN documents by symbol; AKN references are resolved through it. -->
  <xsl:param name="resolver" as="xs:string" select="'https://undocs.org/'"/>

  <xsl:variable name="labels" select="doc('labels.xml')/labels"/>

  <!-- ISO 639-2/T (AKN) to BCP 47 (HTML). -->
  <xsl:variable name="bcp47" as="map(xs:string, xs:string)"
      select="map{'ara':'ar','zho':'zh','eng':'en','fra':'fr','rus':'ru','spa':'es'}"/>

  <xsl:function name="u:lang" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="code" select="string(($doc//akn:FRBRExpression/akn:FRBRlanguage/@language)[1])"/>
    <xsl:sequence select="($bcp47($code), 'en')[1]"/>
  </xsl:function>

  <xsl:function name="u:rtl" as="xs:boolean">
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="$lang = 'ar'"/>
  </xsl:function>

  <xsl:function name="u:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="l" select="$labels/label[@key = $key]"/>
    <xsl:sequence select="string(($l/text[@lang = $lang], $l/text[@lang = 'en'])[1])"/>
  </xsl:function>

  <!-- "63/114. Title" as printed, else the symbol or the FRBR number. -->
  <xsl:function name="u:title" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="number" select="($doc//akn:preface//akn:docNumber[not(@refersTo)], $doc//akn:FRBRWork/akn:FRBRnumber/@showAs)[1]"/>
    <xsl:variable name="title" select="($doc//akn:preface//akn:docTitle)[1]"/>
    <xsl:sequence select="normalize-space(string-join(($number, $title), ' '))"/>
  </xsl:function>

  <!-- The running symbol: the publication's, else the document number. -->
  <xsl:function name="u:symbol" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="string(($doc//akn:publication/@number, $doc//akn:FRBRWork/akn:FRBRnumber/@showAs)[1])"/>
  </xsl:function>

  <!-- An AKN work IRI of a resolution becomes its symbol at the resolver; undocs.org links are
       re-based on the resolver; other addresses are kept. -->
  <xsl:function name="u:resolve" as="xs:string">
    <xsl:param name="href" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="matches($href, '^/akn/un/statement/deliberation/un-(ga|sc)/[^/]+/[^/]+')">
        <xsl:variable name="parts" select="tokenize($href, '/')"/>
        <xsl:variable name="organ" select="$parts[6]"/>
        <xsl:variable name="number" select="translate($parts[8], '_', '')"/>
        <xsl:variable name="symbol" select="if ($organ = 'un-sc') then concat('S/RES/', $number)
            else concat('A/RES/', replace($number, '^(.*)-([^-]+)$', '$1/$2'))"/>
        <xsl:sequence select="concat($resolver, $symbol)"/>
      </xsl:when>
      <xsl:when test="starts-with($href, 'https://undocs.org/')">
        <xsl:sequence select="concat($resolver, substring-after($href, 'https://undocs.org/'))"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$href"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The number a footnote is printed with. -->
  <xsl:function name="u:marker" as="xs:string">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="string(($note/@marker, count($note/preceding::akn:authorialNote) + 1)[1])"/>
  </xsl:function>
</xsl:stylesheet>
