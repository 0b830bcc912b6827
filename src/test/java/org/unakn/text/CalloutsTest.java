package org.unakn.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unakn.model.RichText.Callout;

class CalloutsTest {
    private static List<TextLine> find(String body, String... markers) {
        List<FootnoteText> notes = java.util.Arrays.stream(markers)
                .map(m -> new FootnoteText(m, 99, List.of(new SourceLine(99, "note " + m, false))))
                .toList();
        return Callouts.find(Lines.split(body), notes);
    }

    @Test
    void aNumberOnItsOwnLineIsACalloutAtTheEndOfThePreviousLine() {
        List<TextLine> lines = find("通过的《十年行动纲领》\n1\n 和 2008 年\n", "1");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).text()).isEqualTo("通过的《十年行动纲领》");
        assertThat(lines.get(0).callouts()).containsExactly(new Callout(11, "1"));
    }

    @Test
    void aNumberGluedAfterPunctuationAtLineEndIsACallout() {
        List<TextLine> lines = find("审议了报告，\n1\n满意地注意到秘书长的报告；1 \n", "1");
        assertThat(lines.get(1).text()).isEqualTo("满意地注意到秘书长的报告；");
        assertThat(lines.get(1).callouts()).containsExactly(new Callout(13, "1"));
    }

    @Test
    void aNumberStandingBetweenSpacesAfterPunctuationIsACallout() {
        List<TextLine> lines = find("the Ten-year Programme of Action, 1 and the adoption on 14 March 2008\n", "1");
        assertThat(lines.get(0).text()).isEqualTo("the Ten-year Programme of Action, and the adoption on 14 March 2008");
        assertThat(lines.get(0).callouts()).containsExactly(new Callout(33, "1"));
    }

    @Test
    void numbersInSymbolsDatesAndCorrigendaAreNotCallouts() {
        List<TextLine> lines = find("报告，\n1\nA/63/228 and Corr.1\nA/63/1\n2008 年 3 月 1\n", "1");
        assertThat(lines).hasSize(4);
        assertThat(lines.subList(1, 4)).allSatisfy(l -> assertThat(l.callouts()).isEmpty());
        assertThat(lines.get(1).text()).isEqualTo("A/63/228 and Corr.1");
        assertThatThrownBy(() -> find("报告，\nA/63/228 and Corr.2\n", "1"))
                .hasMessageContaining("footnote 1 has no call-out");
    }

    @Test
    void aNewNoteMustBeCalledInOrder() {
        assertThatThrownBy(() -> find("第一段，\n2\n第二段，\n1\n", "1", "2")).hasMessageContaining("footnote 2 has no call-out");
    }
}
