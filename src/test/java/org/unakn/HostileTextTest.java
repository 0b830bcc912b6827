package org.unakn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Broken and hostile text: each input gives a correct conversion or a ConversionException with a
 * message, never another exception and never a hang. The mutation fuzzer runs briefly on every
 * build; -Dunakn.fuzz.iterations=N runs it longer.
 */
class HostileTextTest {
    private static final Duration BOUND = Duration.ofSeconds(20);

    private static void survives(String text) {
        assertTimeoutPreemptively(BOUND, () -> {
            try {
                Conversion c = Unakn.convert(text, Fixtures.OPTIONS);
                assertThat(Unakn.validate(c.xml())).isEmpty();
            } catch (ConversionException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        });
    }

    @Test
    void aResolutionRepeatedTwiceIsRefused() {
        String seed = Fixtures.seed();
        assertThatThrownBy(() -> Unakn.convert(seed + "\n" + seed, Fixtures.OPTIONS))
                .isInstanceOf(ConversionException.class)
                .hasMessageContaining("more than one resolution");
    }

    @Test
    void aDocumentCutInTheMiddleOfAFootnoteStillConvertsOrSaysWhy() {
        String seed = Fixtures.seed();
        survives(seed.substring(0, seed.indexOf("A/63/228-S/2008/531/和") + 12));
    }

    @Test
    void veryLongLinesMixedScriptsAndControlCharactersEndQuickly() {
        String seed = Fixtures.seed();
        survives(seed.replace("\n", " "));
        survives("大会，\n" + "回顾其 1982 年 10 月 22 日第 37/4 号、".repeat(20_000) + "\n1. 决定继续。\n");
        survives(seed.replace("联合国", "United Nations ООН الأمم"));
        survives(seed.replace("，", "，\u0007"));
        survives("The General Assembly,\n" + "Recalling resolution 1/1 of 1 January 2000, 1 ".repeat(50_000) + "\n1. Decides.\n");
    }

    @Test
    void mutatedResolutionsNeverCrash() {
        int iterations = Integer.getInteger("unakn.fuzz.iterations", 60);
        Random random = new Random(20261128);
        List<String> seeds = List.of(Fixtures.seed(), Fixtures.resource("zh/team_subparagraphs.txt"),
                Fixtures.resource("zh/team_footnotes.txt"));
        for (int i = 0; i < iterations; i++) {
            String mutated = mutate(seeds.get(random.nextInt(seeds.size())), random);
            survives(mutated);
        }
    }

    /** Deletes, duplicates, swaps and corrupts lines and characters, as damaged extractions do. */
    private static String mutate(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(7)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                case 2 -> lines.add(at, String.valueOf(1 + random.nextInt(20)));
                case 3 -> lines.add(at, "_".repeat(15));
                case 4 -> lines.set(at, lines.get(at).substring(0, random.nextInt(lines.get(at).length() + 1)));
                case 5 -> lines.add(at, new String(randomBytes(random), StandardCharsets.ISO_8859_1));
                default -> java.util.Collections.swap(lines, at, random.nextInt(lines.size()));
            }
        }
        return String.join("\n", lines);
    }

    private static byte[] randomBytes(Random random) {
        byte[] b = new byte[random.nextInt(40)];
        random.nextBytes(b);
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (0x20 + Math.floorMod(b[i], 0x5f));
        }
        return b;
    }
}
