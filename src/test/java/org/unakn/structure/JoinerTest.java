package org.unakn.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unakn.model.RichText;
import org.unakn.text.TextLine;

class JoinerTest {
    private static TextLine line(String text, RichText.Callout... callouts) {
        return new TextLine(1, text, 0, false, false, List.of(callouts));
    }

    @Test
    void chineseLinesJoinWithoutASpace() {
        assertThat(Joiner.join(List.of(line("1984"), line("年 11 月 8日"))).text()).isEqualTo("1984年 11 月 8日");
        assertThat(Joiner.join(List.of(line("建立信"), line("任、维持和平"))).text()).isEqualTo("建立信任、维持和平");
    }

    @Test
    void latinLinesJoinWithOneSpaceExceptAfterAHyphen() {
        assertThat(Joiner.join(List.of(line("the Organization of the"), line("Islamic Conference"))).text())
                .isEqualTo("the Organization of the Islamic Conference");
        assertThat(Joiner.join(List.of(line("so-"), line("called"))).text()).isEqualTo("so-called");
    }

    @Test
    void calloutOffsetsFollowTheJoinedText() {
        RichText t = Joiner.join(List.of(line("the  report", new RichText.Callout(11, "2")), line("and more")));
        assertThat(t.text()).isEqualTo("the report and more");
        assertThat(t.callouts()).containsExactly(new RichText.Callout(10, "2"));
    }
}
