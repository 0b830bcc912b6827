package org.unakn.akn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EidsTest {
    @Test
    void numbersComeFromThePrintedNumberWithoutPunctuation() {
        Eids eids = new Eids();
        assertThat(eids.numbered(null, "para", "7.")).isEqualTo("para_7");
        assertThat(eids.numbered("para_2__list_1", "point", "(a)")).isEqualTo("para_2__list_1__point_a");
        assertThat(eids.numbered("sec_III", "para", "3.")).isEqualTo("sec_III__para_3");
    }

    @Test
    void unnumberedElementsAreCountedWithinTheirContext() {
        Eids eids = new Eids();
        assertThat(eids.counted("preamble", "container")).isEqualTo("preamble__container_1");
        assertThat(eids.counted("preamble", "container")).isEqualTo("preamble__container_2");
        assertThat(eids.counted("para_1", "ref")).isEqualTo("para_1__ref_1");
        assertThat(eids.counted("para_2", "ref")).isEqualTo("para_2__ref_1");
    }

    @Test
    void singleElementsHaveNoNumber() {
        assertThat(new Eids().single("para_2__list_1", "intro")).isEqualTo("para_2__list_1__intro");
    }
}
