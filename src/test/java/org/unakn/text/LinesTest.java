package org.unakn.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinesTest {
    @Test
    void formFeedsStartPagesAndLineNumbersCountFromOne() {
        List<SourceLine> lines = Lines.split("first\r\nsecond\n\fthird\n\n\ffourth");
        assertThat(lines).extracting(SourceLine::text).containsExactly("first", "second", "third", "", "fourth");
        assertThat(lines).extracting(SourceLine::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(lines).extracting(SourceLine::page).containsExactly(1, 1, 2, 2, 3);
        assertThat(lines).extracting(SourceLine::pageStart).containsExactly(false, false, true, false, true);
    }

    @Test
    void aRunningTitleSplitOverTwoLinesAtAPageTopIsRemoved() {
        String text = "A/RES/73/8\n\n73/8.\nNecessity of ending the economic, commercial and financial\nembargo imposed by the United States\n"
                + "The General Assembly,\nRecalling its resolutions,\n"
                + "\fNecessity of ending the economic, commercial and financial embargo\nA/RES/73/8\n\ntext on page two,\n";
        List<Furniture.Removed> removed = new java.util.ArrayList<>();
        List<SourceLine> kept = Furniture.strip(Lines.split(text), removed);
        assertThat(removed).extracting(r -> r.line().text())
                .containsExactly("Necessity of ending the economic, commercial and financial embargo", "A/RES/73/8");
        assertThat(kept).extracting(SourceLine::text).contains("text on page two,", "A/RES/73/8");
    }
}
