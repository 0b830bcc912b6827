<?xml version="1.0" encoding="UTF-8"?>
<!-- One rule for every AKN element (div or span with class and data attributes), and the few
     elements that need an HTML element of their own: p, num, heading, ref, dates. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xmlns:u="urn:unakn:functions"
    exclude-result-prefixes="#all">

  <!-- Elements that hold blocks; everything else is inline. -->
  <xsl:variable name="blocks" as="xs:string*" select="('coverPage', 'preface', 'preamble', 'mainBody',
      'conclusions', 'attachments', 'attachment', 'doc', 'container', 'formula', 'paragraph', 'list',
      'intro', 'point', 'content', 'wrapUp', 'section', 'part', 'chapter', 'article', 'hcontainer',
      'crossHeading', 'blockList', 'item', 'listIntroduction', 'listWrapUp', 'block', 'tblock',
      'division', 'subparagraph', 'clause', 'title', 'book', 'subsection', 'citations', 'recitals',
      'recital', 'citation', 'blockContainer', 'mainContent', 'body', 'collectionBody', 'components')"/>

  <xsl:template name="attributes">
    <xsl:attribute name="class" select="'akn-' || local-name()"/>
    <xsl:if test="@eId">
      <xsl:attribute name="id" select="@eId"/>
    </xsl:if>
    <xsl:for-each select="@*">
      <xsl:attribute name="data-{local-name()}" select="."/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="akn:*">
    <xsl:element name="{if (local-name() = $blocks) then 'div' else 'span'}">
      <xsl:call-template name="attributes"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="akn:p">
    <p>
      <xsl:call-template name="attributes"/>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <xsl:template match="akn:heading">
    <h2>
      <xsl:call-template name="attributes"/>
      <xsl:apply-templates/>
    </h2>
  </xsl:template>

  <xsl:template match="akn:ref">
    <a href="{u:resolve(@href)}">
      <xsl:call-template name="attributes"/>
      <xsl:apply-templates/>
    </a>
  </xsl:template>

  <xsl:template match="akn:date | akn:docDate">
    <time datetime="{@date}">
      <xsl:call-template name="attributes"/>
      <xsl:apply-templates/>
    </time>
  </xsl:template>

  <!-- AKN's sup around a note call-out: the call-out renders its own superscript. -->
  <xsl:template match="akn:sup[akn:authorialNote or akn:noteRef]">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="akn:sup | akn:sub | akn:i | akn:b | akn:u">
    <xsl:element name="{local-name()}">
      <xsl:call-template name="attributes"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>
