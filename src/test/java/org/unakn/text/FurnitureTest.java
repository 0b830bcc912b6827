package org.unakn.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FurnitureTest {
    private static List<Furniture.Kind> removed(String text) {
        List<Furniture.Removed> removed = new ArrayList<>();
        Furniture.strip(Lines.split(text), removed);
        return removed.stream().map(Furniture.Removed::kind).toList();
    }

    @Test
    void removesJobNumbersBarcodesAndPageNumbers() {
        assertThat(removed("08-47763\n18-19542 (E)\n*1819542*\n2/5\nGE.09-17087\n"))
                .containsExactly(Furniture.Kind.JOB_NUMBER, Furniture.Kind.JOB_NUMBER, Furniture.Kind.BARCODE,
                        Furniture.Kind.PAGE_NUMBER, Furniture.Kind.JOB_NUMBER);
    }

    @Test
    void aResolutionNumberAloneIsNotAPageNumber() {
        assertThat(removed("63/114\n")).isEmpty();
    }

    @Test
    void theSymbolIsARunningHeaderOnlyAtThePageTop() {
        assertThat(removed("A/RES/63/114\n\fA/RES/63/114\ntext\n")).containsExactly(Furniture.Kind.RUNNING_HEADER);
    }

    @Test
    void footnoteAnchorDebrisIsRemoved() {
        assertThat(removed("0F\n12F\n0H\n")).containsOnly(Furniture.Kind.ANCHOR_DEBRIS);
    }
}
