package org.unakn.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unakn.AknXPath;
import org.unakn.Fixtures;
import org.unakn.Unakn;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;

/** HTML and PDF renderings of the Chinese seed, an English corpus text and a team-written Arabic document. */
class RenderTest {
    private static final Renderer RENDERER = Unakn.renderer();
    private static String zh;
    private static String ar;

    @BeforeAll
    static void convert() {
        zh = Unakn.convert(Fixtures.seed(), Fixtures.OPTIONS).xml();
        ar = Fixtures.resource("ar/team_resolution.akn.xml");
        assertThat(Unakn.validate(ar)).as("the Arabic fixture is valid AKN").isEmpty();
    }

    /** XPath over XHTML. */
    private static final class Html {
        final org.w3c.dom.Document dom;
        final JAXPXPathEngine xpath = new JAXPXPathEngine();

        Html(String text) throws Exception {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            this.dom = f.newDocumentBuilder().parse(new InputSource(new StringReader(text))); // well-formed, or throws
            xpath.setNamespaceContext(Map.of("h", "http://www.w3.org/1999/xhtml"));
        }

        String value(String expr) {
            return xpath.evaluate(expr, Input.fromDocument(dom).build());
        }

        List<String> values(String expr) {
            Iterable<Node> nodes = xpath.selectNodes(expr, Input.fromDocument(dom).build());
            return StreamSupport.stream(nodes.spliterator(), false).map(Node::getTextContent).toList();
        }
    }

    private static void assertLinkedAndIdentified(String akn, Html html) {
        AknXPath source = new AknXPath(akn);
        for (String note : source.values("//a:authorialNote/@eId")) {
            assertThat(html.values("//h:sup/h:a[@href='#" + note + "']/@id")).as("call-out of " + note).hasSize(1);
            assertThat(html.values("//h:li[@id='" + note + "']//h:a[@href='#" + note + "__callout']")).as("back-link of " + note).hasSize(1);
        }
        assertThat(html.values("//h:a[@class='akn-ref']")).hasSize(source.count("//a:ref"));
        assertThat(html.values("//h:a[@class='akn-ref'][not(@data-href) or not(@href)]")).isEmpty();
        assertThat(html.values("//@id")).doesNotHaveDuplicates();
        assertThat(html.values("//h:time[@datetime]")).hasSize(source.count("//a:date | //a:docDate"));
    }

    @Test
    void chineseHtmlIsWellFormedLinkedAndLeftToRight() throws Exception {
        Html html = new Html(RENDERER.html(zh, "https://undocs.org/"));
        assertThat(html.value("/h:html/@lang")).isEqualTo("zh");
        assertThat(html.value("/h:html/@dir")).isEqualTo("ltr");
        assertLinkedAndIdentified(zh, html);
        assertThat(html.value("//h:div[@id='preamble__container_1']/@class")).isEqualTo("akn-container");
        assertThat(html.value("//h:a[@id='preamble__container_1__ref_1']/@href")).isEqualTo("https://undocs.org/A/RES/37/4");
        assertThat(html.value("//h:a[@id='preamble__container_1__ref_1']/@data-href"))
                .isEqualTo("/akn/un/statement/deliberation/un-ga/1982-10-22/37-4");
        assertThat(html.value("//h:a[@href='#preamble__container_5__authorialNote_1'][not(@id)]/@data-marker"))
                .as("the second call of footnote 2 links to it").isEqualTo("2");
        assertThat(html.value("/h:html/h:head/h:title")).isEqualTo("63/114 联合国同伊斯兰会议组织的合作");
    }

    @Test
    void theResolverDecidesWhereReferencesLead() throws Exception {
        Html html = new Html(RENDERER.html(zh, "https://documents.example.org/symbol/"));
        assertThat(html.value("//h:a[@id='preamble__container_2__ref_1']/@href"))
                .isEqualTo("https://documents.example.org/symbol/A/RES/3369(XXX)");
        assertThat(html.value("//h:a[@id='preamble__container_4__authorialNote_1__ref_1']/@href"))
                .isEqualTo("https://documents.example.org/symbol/A/60/633");
    }

    @Test
    void arabicHtmlIsRightToLeft() throws Exception {
        Html html = new Html(RENDERER.html(ar, "https://undocs.org/"));
        assertThat(html.value("/h:html/@lang")).isEqualTo("ar");
        assertThat(html.value("/h:html/@dir")).isEqualTo("rtl");
        assertLinkedAndIdentified(ar, html);
        assertThat(html.value("//h:div[@id='para_1__list_1__point_أ']/@data-wId")).isEqualTo("para_1__list_1__point_a");
        assertThat(html.value("//h:section[@class='unakn-notes']/h:h2")).isEqualTo("الحواشي");
    }

    @Test
    void englishCorpusHtmlIsLinked() throws Exception {
        Path text = Fixtures.corpus().resolve("en/A_RES_63_117.txt");
        assumeTrue(Files.isRegularFile(text), "shared corpus not found: English rendering test skipped");
        String akn = Unakn.convert(Fixtures.file(text), Fixtures.OPTIONS).xml();
        Html html = new Html(RENDERER.html(akn, "https://undocs.org/"));
        assertThat(html.value("/h:html/@lang")).isEqualTo("en");
        assertLinkedAndIdentified(akn, html);
        assertThat(html.values("//h:div[@class='akn-attachment']")).hasSize(1);
        assertThat(html.value("//h:div[@id='att_1__art_1']/h:span[@class='akn-num']")).isEqualTo("Article 1");
    }

    private static void assumeFonts() {
        try {
            Renderer.fontsDir();
        } catch (Renderer.RenderException e) {
            assumeTrue(false, "PDF fonts not available (" + e.getMessage() + "): PDF tests skipped");
        }
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(squash(stripper.getText(doc)));
            }
            return pages;
        }
    }

    /** PDF text holds presentation forms (Arabic) and compatibility forms: compare NFKC, without spaces. */
    private static String squash(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /**
     * Like String.indexOf, but a CJK radical in the PDF text (U+2E80-U+2FDF) matches any character:
     * FOP's text layer names some Han glyphs by the radical that shares their outline ("⻓" for "长").
     */
    private static int indexOf(String pdf, String text, int from) {
        outer:
        for (int i = Math.max(0, from); i + text.length() <= pdf.length(); i++) {
            for (int j = 0; j < text.length(); j++) {
                char c = pdf.charAt(i + j);
                if (c != text.charAt(j) && !(c >= 0x2E80 && c <= 0x2FDF)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int pageOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (indexOf(pages.get(i), squash(text), 0) >= 0) {
                return i;
            }
        }
        throw new AssertionError("not in the PDF: " + text);
    }

    @Test
    void chinesePdfHasTheTextInReadingOrderAndFootnotesOnTheirCalloutPages() throws IOException {
        assumeFonts();
        List<String> pages = pages(RENDERER.pdf(zh));
        assertThat(pages.size()).as("pages").isBetween(2, 6);
        String all = String.join("", pages);
        List<String> inOrder = List.of("联合国同伊斯兰会议组织的合作", "大会，", "回顾其1982年10月22日第37/4号",
                "审议了秘书长关于联合国同各区域组织", "赞赏地注意到两组织都决心", "满意地注意到秘书长的报告；",
                "赞赏地欢迎联合国同伊斯兰会议组织在建立和平", "临时议程。", "第64次全体会议");
        int at = -1;
        for (String fragment : inOrder) {
            int next = indexOf(all, squash(fragment), at + 1);
            assertThat(next).as("'" + fragment + "' after the fragment before it").isGreaterThan(at);
            at = next;
        }
        assertThat(pageOf(pages, "见 A/60/633-S/2005/826，附件三。")).isEqualTo(pageOf(pages, "通过的《十年行动纲领》"));
        assertThat(pageOf(pages, "同上，第二.L 节。")).isEqualTo(pageOf(pages, "且双方正在建立互补性"));
    }

    @Test
    void arabicPdfKeepsTheArabicText() throws IOException {
        assumeFonts();
        List<String> pages = pages(RENDERER.pdf(ar));
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0)).contains(squash("التعاون بين الأمم المتحدة والمنظمات الإقليمية"))
                .contains(squash("أن يواصل رصد الحالة"));
    }

    @Test
    void withoutFontsPdfRenderingSaysHowToGetThem(@TempDir Path empty) {
        assertThatThrownBy(() -> Renderer.fontsDir(List.of(empty)))
                .isInstanceOf(Renderer.RenderException.class)
                .hasMessageContaining("npm")
                .hasMessageContaining("unakn.fonts");
    }
}
