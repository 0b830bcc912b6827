package org.unakn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Chinese text of A/RES/63/114 ("联合国同伊斯兰会议组织的合作", adopted 5 December 2008).
 * Every expectation here was read from the document, not from the converter's output.
 */
@DisplayName("A/RES/63/114 in Chinese")
class ChineseSeedTest {
    private static final String WORK = "/akn/un/statement/deliberation/un-ga/2008-12-05/63-114";
    private static String xml;
    private static AknXPath akn;

    @BeforeAll
    static void convert() {
        xml = Unakn.convert(Fixtures.seed(), Fixtures.OPTIONS).xml();
        akn = new AknXPath(xml);
    }

    @Test
    void isAResolutionStatement() {
        assertThat(akn.value("local-name(/a:akomaNtoso/*)")).isEqualTo("statement");
        assertThat(akn.value("/a:akomaNtoso/a:statement/@name")).isEqualTo("resolution");
    }

    @Test
    void identifiesTheWorkExpressionAndManifestationByOneRule() {
        assertThat(akn.value("//a:FRBRWork/a:FRBRuri/@value")).isEqualTo(WORK);
        assertThat(akn.value("//a:FRBRWork/a:FRBRthis/@value")).isEqualTo(WORK + "/!main");
        assertThat(akn.value("//a:FRBRWork/a:FRBRnumber/@value")).isEqualTo("63-114");
        assertThat(akn.value("//a:FRBRWork/a:FRBRnumber/@showAs")).isEqualTo("63/114");
        assertThat(akn.value("//a:FRBRWork/a:FRBRdate/@date")).isEqualTo("2008-12-05");
        assertThat(akn.value("//a:FRBRExpression/a:FRBRlanguage/@language")).isEqualTo("zho");
        assertThat(akn.value("//a:FRBRExpression/a:FRBRuri/@value")).isEqualTo(WORK + "/zho@2008-12-05");
        assertThat(akn.value("//a:FRBRManifestation/a:FRBRuri/@value")).isEqualTo(WORK + "/zho@2008-12-05.akn");
        assertThat(akn.value("//a:FRBRManifestation/a:FRBRthis/@value")).isEqualTo(WORK + "/zho@2008-12-05/!main.xml");
    }

    @Test
    void prefaceHasNumberAndTitle() {
        assertThat(akn.value("//a:preface//a:docNumber")).isEqualTo("63/114");
        assertThat(akn.value("//a:preface//a:docTitle")).isEqualTo("联合国同伊斯兰会议组织的合作");
    }

    @Test
    void preambleHasTheFormulaAndNineteenParagraphs() {
        assertThat(akn.value("//a:preamble/a:formula/a:p")).isEqualTo("大会，");
        assertThat(akn.count("//a:preamble/a:container")).isEqualTo(19);
        assertThat(akn.value("//a:preamble/a:container[1]/a:p")).startsWith("回顾其 1982 年");
        assertThat(akn.value("//a:preamble/a:container[19]/a:p")).startsWith("赞赏地注意到两组织都决心");
        assertThat(akn.value("//a:preamble/a:container[19]/a:p")).endsWith("进一步加强现有的合作，");
    }

    @Test
    void mainBodyHasSixteenOperativeParagraphsInOrder() {
        List<String> nums = akn.values("//a:mainBody/a:paragraph/a:num");
        assertThat(nums).hasSize(16);
        for (int i = 0; i < 16; i++) {
            assertThat(nums.get(i)).isEqualTo((i + 1) + ".");
        }
        assertThat(akn.value("//a:paragraph[@eId='para_16']//a:p")).startsWith("决定将题为").endsWith("临时议程。");
    }

    @Test
    void paragraphNineStartsANewPageAndIsNeitherLostNorMerged() {
        assertThat(akn.value("//a:paragraph[@eId='para_9']//a:p"))
                .startsWith("赞赏地欢迎联合国同伊斯兰会议组织在建立和平")
                .endsWith("开展重建与发展工作；");
        assertThat(akn.value("//a:paragraph[@eId='para_8']//a:p")).endsWith("推动南南合作；");
    }

    @Test
    void conclusionsGiveTheAdoptionDateAndMeeting() {
        assertThat(akn.value("//a:conclusions//a:docDate/@date")).isEqualTo("2008-12-05");
        assertThat(akn.value("//a:conclusions//a:docDate")).isEqualTo("2008 年 12 月 5 日");
        assertThat(akn.value("//a:conclusions//a:event")).isEqualTo("第 64 次全体会议");
        String event = akn.value("//a:conclusions//a:event/@refersTo").substring(1);
        assertThat(akn.count("//a:TLCEvent[@eId='" + event + "']")).isEqualTo(1);
    }

    @Test
    void threeFootnotesSitAtTheirCallouts() {
        assertThat(akn.count("//a:authorialNote")).isEqualTo(3);
        assertThat(akn.value("//a:preamble/a:container[4]//a:authorialNote[@marker='1']")).isEqualTo("见 A/60/633-S/2005/826，附件三。");
        assertThat(akn.value("//a:preamble/a:container[4]//a:authorialNote/../preceding-sibling::text()[1]")).endsWith("《十年行动纲领》");
        assertThat(akn.value("//a:preamble/a:container[5]//a:authorialNote[@marker='2']")).isEqualTo("A/63/228-S/2008/531/和 Corr.1。");
        assertThat(akn.value("//a:preamble/a:container[5]//a:authorialNote/../preceding-sibling::text()[1]")).endsWith("报告，");
        assertThat(akn.value("//a:preamble/a:container[9]//a:authorialNote[@marker='3']")).isEqualTo("同上，第二.L 节。");
        assertThat(akn.value("//a:preamble/a:container[9]//a:authorialNote/../preceding-sibling::text()[1]")).contains("互补性");
    }

    @Test
    void secondCallOfFootnoteTwoLinksToItAndLeavesNoDigitInTheText() {
        assertThat(akn.value("//a:paragraph[@eId='para_1']//a:p")).isEqualTo("满意地注意到秘书长的报告；");
        String target = akn.value("//a:paragraph[@eId='para_1']//a:noteRef/@href");
        assertThat(akn.value("//a:paragraph[@eId='para_1']//a:noteRef/@marker")).isEqualTo("2");
        assertThat(akn.value("//a:authorialNote[@eId='" + target.substring(1) + "']/@marker")).isEqualTo("2");
    }

    @Test
    void footnoteTextsAndSeparatorsDoNotRemainInTheRunningText() {
        String running = String.join("", akn.values("//a:preamble//text()[not(ancestor::a:authorialNote)]"))
                + String.join("", akn.values("//a:mainBody//text()[not(ancestor::a:authorialNote)]"));
        assertThat(running).doesNotContain("A/60/633", "Corr.1", "第二.L 节", "同上");
        assertThat(akn.values("//a:p")).noneMatch(p -> p.isBlank() || p.strip().matches("\\d+"));
    }

    @Test
    void citesTheTwentyFourResolutionsOfTheFirstTwoParagraphsByWorkIri() {
        List<String> expected = List.of(
                "1982-10-22/37-4", "1983-10-28/38-4", "1984-11-08/39-7", "1985-10-25/40-4", "1986-10-16/41-3",
                "1987-10-15/42-4", "1988-10-17/43-2", "1989-10-18/44-8", "1990-10-25/45-9", "1991-10-28/46-13",
                "1992-11-23/47-18", "1993-11-24/48-24", "1994-11-15/49-15", "1995-11-20/50-17", "1996-11-14/51-18",
                "1997-10-22/52-4", "1998-10-29/53-16", "1999-10-25/54-7", "2000-10-30/55-9", "2001-12-07/56-47",
                "2002-11-21/57-42", "2004-10-22/59-8", "2006-12-04/61-49", "1975-10-10/3369_(XXX)");
        List<String> hrefs = akn.values("//a:preamble/a:container[position() <= 2]//a:ref/@href");
        assertThat(hrefs).containsExactlyElementsOf(
                expected.stream().map(e -> "/akn/un/statement/deliberation/un-ga/" + e).toList());
    }

    @Test
    void linksDocumentSymbolsInFootnotesAndResolvesIbid() {
        assertThat(akn.values("//a:authorialNote[@marker='1']//a:ref/@href")).containsExactly("https://undocs.org/A/60/633");
        assertThat(akn.values("//a:authorialNote[@marker='2']//a:ref/@href"))
                .containsExactly("https://undocs.org/A/63/228", "https://undocs.org/A/63/228/Corr.1");
        assertThat(akn.value("//a:authorialNote[@marker='3']//a:ref")).isEqualTo("同上");
        assertThat(akn.value("//a:authorialNote[@marker='3']//a:ref/@href")).isEqualTo("https://undocs.org/A/63/228");
    }

    @Test
    void marksEveryCompleteDateIncludingOnesSplitOverLines() {
        List<String> dates = akn.values("//a:date/@date");
        assertThat(dates).contains("1984-11-08", "1989-10-18", "1999-10-25", "2006-12-04", "1975-10-10",
                "2005-12-07", "2008-03-13", "2008-03-14", "2008-09-26", "2008-07-08");
        // 23 dates in paragraph 1, one in paragraph 2, three in 4, one in 8, one in 13
        assertThat(dates).hasSize(29);
        assertThat(akn.value("//a:date[@date='1984-11-08']")).isEqualTo("1984年 11 月 8日");
    }

    @Test
    void operativeVerbsAndPreambularPhrasesAreMarked() {
        assertThat(akn.value("//a:paragraph[@eId='para_2']//a:inline[@name='akn4un:operativeVerb']")).isEqualTo("敦促");
        assertThat(akn.value("//a:paragraph[@eId='para_2']//a:inline/@refersTo")).isEqualTo("#opUrges");
        assertThat(akn.value("//a:preamble/a:container[5]//a:inline[@name='akn4un:preambularPhrase']")).isEqualTo("审议了");
        assertThat(akn.value("//a:preamble/a:container[5]/@name")).isEqualTo("havingConsidered");
    }

    @Test
    void eIdsAreUniqueWellFormedAndEveryPointerResolves() {
        assertThat(Unakn.validate(xml)).isEmpty();
        List<String> eIds = akn.values("//@eId");
        assertThat(eIds).doesNotHaveDuplicates();
        assertThat(akn.count("//a:paragraph[not(@eId)] | //a:container[not(@eId)] | //a:ref[not(@eId)] | //a:authorialNote[not(@eId)]")).isZero();
        assertThat(akn.value("//a:formula/@eId")).isEqualTo("preamble__formula_1");
        assertThat(akn.value("//a:authorialNote[@marker='1']/@eId")).isEqualTo("preamble__container_4__authorialNote_1");
    }
}
