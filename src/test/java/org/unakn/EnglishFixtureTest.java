package org.unakn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A short English resolution written by the team in the layout pdftotext gives (masthead,
 * title over two lines, numbers printed after their paragraph's first line, notes at the page
 * foot with their numbers first), so English is tested on a fresh clone without the corpus.
 */
class EnglishFixtureTest {
    private static AknXPath akn;

    @BeforeAll
    static void convert() {
        akn = new AknXPath(Unakn.convert(Fixtures.resource("en/team_resolution.txt"), Fixtures.OPTIONS).xml());
    }

    @Test
    void readsTheMastheadIntoCoverPageAndPreface() {
        assertThat(akn.value("//a:coverPage//a:docNumber")).isEqualTo("A/RES/71/998");
        assertThat(akn.value("//a:publication/@date")).isEqualTo("2017-01-20");
        assertThat(akn.value("//a:preface//a:docProponent")).isEqualTo("Third Committee");
        assertThat(akn.value("//a:preface//a:docTitle"))
                .isEqualTo("Illustrative resolution written by the team to exercise the English converter");
        assertThat(akn.value("//a:FRBRWork/a:FRBRuri/@value")).isEqualTo("/akn/un/statement/deliberation/un-ga/2016-12-19/71-998");
    }

    @Test
    void findsThreePreambularAndThreeOperativeParagraphs() {
        assertThat(akn.values("//a:preamble/a:container/@name")).containsExactly("recalling", "deeplyConcerned", "havingConsidered");
        assertThat(akn.values("//a:mainBody/a:paragraph/a:num")).containsExactly("1.", "2.", "3.");
        assertThat(akn.value("//a:paragraph[@eId='para_1']//a:p")).startsWith("Takes note of the report");
        assertThat(akn.value("//a:paragraph[@eId='para_3']//a:p")).isEqualTo("Decides to remain seized of the matter.");
        assertThat(akn.values("//a:paragraph[@eId='para_2']//a:point/a:num")).containsExactly("(a)", "(b)", "(i)", "(ii)");
    }

    @Test
    void attachesBothNotesAndResolvesIbid() {
        assertThat(akn.value("//a:authorialNote[@marker='1']/@eId")).isEqualTo("preamble__container_2__authorialNote_1");
        assertThat(akn.value("//a:authorialNote[@marker='2']/@eId")).isEqualTo("para_1__authorialNote_1");
        assertThat(akn.value("//a:authorialNote[@marker='2']//a:ref/@href")).isEqualTo("https://undocs.org/A/71/123");
    }

    @Test
    void linksTheAssemblysResolutionsButNotAnotherBodys() {
        assertThat(akn.values("//a:ref/@href")).contains(
                "/akn/un/statement/deliberation/un-ga/2014-12-18/69-150",
                "/akn/un/statement/deliberation/un-ga/2015-09-25/70-1")
                .noneMatch(h -> h.contains("31-2"));
        assertThat(akn.value("//a:conclusions//a:event")).isEqualTo("65th plenary meeting");
    }
}
