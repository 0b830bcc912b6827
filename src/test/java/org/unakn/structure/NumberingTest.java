package org.unakn.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberingTest {
    @Test
    void lettersFollowEachOtherAndDoubleAfterZ() {
        assertThat(Numbering.follows("a", "b")).isTrue();
        assertThat(Numbering.follows("h", "i")).isTrue();
        assertThat(Numbering.follows("z", "aa")).isTrue();
        assertThat(Numbering.follows("aa", "bb")).isTrue();
        assertThat(Numbering.follows("a", "c")).isFalse();
    }

    @Test
    void romanNumeralsFollowEachOther() {
        assertThat(Numbering.follows("i", "ii")).isTrue();
        assertThat(Numbering.follows("iii", "iv")).isTrue();
        assertThat(Numbering.follows("viii", "ix")).isTrue();
        assertThat(Numbering.follows("ii", "iv")).isFalse();
    }

    @Test
    void iAndAOpenALevel() {
        assertThat(Numbering.isFirst("a")).isTrue();
        assertThat(Numbering.isFirst("i")).isTrue();
        assertThat(Numbering.isFirst("b")).isFalse();
    }
}
