package org.unakn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xmlunit.assertj3.XmlAssert;

/** Short Chinese resolutions written by the team, each exercising what the seed does not. */
class TeamFixturesTest {

    @Test
    void subParagraphsWithNestedRomanItemsMatchTheHandWrittenAkn() {
        String xml = Unakn.convert(Fixtures.resource("zh/team_subparagraphs.txt"), Fixtures.OPTIONS).xml();
        XmlAssert.assertThat(xml).and(Fixtures.resource("zh/team_subparagraphs.expected.xml"))
                .ignoreComments()
                .ignoreElementContentWhitespace()
                .areIdentical();
    }

    @Test
    void footnotesCollectedAtALaterPageBottomAttachToTheirCallouts() {
        AknXPath akn = new AknXPath(Unakn.convert(Fixtures.resource("zh/team_footnotes.txt"), Fixtures.OPTIONS).xml());
        assertThat(akn.value("//a:authorialNote[@marker='1']/@eId")).isEqualTo("preamble__container_1__authorialNote_1");
        assertThat(akn.value("//a:authorialNote[@marker='2']/@eId")).isEqualTo("para_1__authorialNote_1");
        assertThat(akn.value("//a:authorialNote[@marker='3']/@eId")).isEqualTo("para_2__authorialNote_1");
        assertThat(akn.value("//a:authorialNote[@marker='3']")).isEqualTo("同上，第 12 段。");
        assertThat(akn.value("//a:authorialNote[@marker='3']//a:ref/@href")).isEqualTo("https://undocs.org/A/71/200");
        assertThat(akn.value("//a:paragraph[@eId='para_2']//a:p/text()[last()]")).isEqualTo("前提交意见；");
        assertThat(akn.count("//a:mainBody/a:paragraph")).isEqualTo(3);
    }

    @Test
    void anUnknownOpeningPhraseGetsTheNeutralContainerName() {
        AknXPath akn = new AknXPath(Unakn.convert(Fixtures.resource("zh/team_footnotes.txt"), Fixtures.OPTIONS).xml());
        assertThat(akn.value("//a:preamble/a:container[2]/@name")).isEqualTo("preambularParagraph");
        assertThat(akn.value("//a:preamble/a:container[2]/a:p")).isEqualTo("又深感关切局势恶化，");
    }

    @Test
    void closingLinesAreReadInEitherOrder() {
        AknXPath akn = new AknXPath(Unakn.convert(Fixtures.resource("zh/team_footnotes.txt"), Fixtures.OPTIONS).xml());
        assertThat(akn.values("//a:conclusions//a:p")).containsExactly("第 65 次全体会议", "2016 年 12 月 19 日");
        assertThat(akn.value("//a:FRBRWork/a:FRBRuri/@value")).isEqualTo("/akn/un/statement/deliberation/un-ga/2016-12-19/71-998");
    }
}
