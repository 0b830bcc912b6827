package org.unakn.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberLinesTest {
    private static List<String> reorder(String... lines) {
        List<TextLine> in = java.util.Arrays.stream(lines).map(l -> new TextLine(1, l, 0, false, false, List.of())).toList();
        return NumberLines.reorder(in, ",;.:", l -> l.startsWith("Affirms") || l.startsWith("Urges") || l.startsWith("Takes"))
                .stream().map(TextLine::text).toList();
    }

    @Test
    void aNumberPrintedAfterItsParagraphsFirstLineGoesBeforeIt() {
        assertThat(reorder("embodied in the Charter;", "Affirms that the United Nations and the", "4.", "Conference share a goal;"))
                .containsExactly("embodied in the Charter;", "4.", "Affirms that the United Nations and the", "Conference share a goal;");
    }

    @Test
    void aNumberAlreadyBeforeItsParagraphStays() {
        assertThat(reorder("1.", "Takes note of the report;", "2.", "Urges all States;"))
                .containsExactly("1.", "Takes note of the report;", "2.", "Urges all States;");
    }

    @Test
    void aNumberFollowedByAParagraphOpeningStaysWithIt() {
        assertThat(reorder("as appropriate,", "Recalling also the Agreement,", "1.", "Urges all States;"))
                .containsExactly("as appropriate,", "Recalling also the Agreement,", "1.", "Urges all States;");
    }
}
