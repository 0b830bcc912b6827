package org.unakn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shared corpus (../shared/corpus): every resolution text in its MANIFEST converts to valid,
 * checked AKN that keeps every character; every non-resolution is refused with a clear message;
 * and the facts in corpus/expectations.tsv (read from the documents) hold. Skips, with a message,
 * when the corpus is not beside the project.
 */
class CorpusTest {
    private static final Path CORPUS = Fixtures.corpus();

    /** One row of MANIFEST.tsv. */
    private record Entry(String file, String symbol, String language, String body, String format) {
        boolean isText() {
            return file.endsWith(".txt");
        }
    }

    private static List<Entry> manifest() throws IOException {
        assumeTrue(Files.isRegularFile(CORPUS.resolve("MANIFEST.tsv")),
                "shared corpus not found at " + CORPUS.toAbsolutePath() + ": corpus tests skipped");
        List<Entry> entries = new ArrayList<>();
        List<String> lines = Files.readAllLines(CORPUS.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            entries.add(new Entry(f[0], f[1], f[2], f[3], f[4]));
        }
        return entries;
    }

    private static String read(String file) {
        return Fixtures.file(CORPUS.resolve(file));
    }

    @TestFactory
    Stream<DynamicTest> everyResolutionTextConvertsValidatesAndKeepsItsText() throws IOException {
        return manifest().stream()
                .filter(e -> e.isText() && (e.body().equals("GA") || e.body().equals("SC")) && !e.symbol().startsWith("A/L."))
                .map(e -> DynamicTest.dynamicTest(e.file(), () -> {
                    Conversion c = Unakn.convert(read(e.file()), Fixtures.OPTIONS);
                    assertThat(Unakn.validate(c.xml())).isEmpty();
                    assertThat(c.resolution().identity().number().replace(" ", ""))
                            .isEqualTo(e.symbol().replaceFirst("^[AS]/RES/", "").replace(" ", ""));
                }));
    }

    @TestFactory
    Stream<DynamicTest> reportsThatAreNotResolutionsAreRefused() throws IOException {
        return manifest().stream()
                .filter(e -> e.isText() && e.body().equals("HRC"))
                .map(e -> DynamicTest.dynamicTest(e.file(), () -> {
                    assertThatThrownBy(() -> Unakn.convert(read(e.file()), Fixtures.OPTIONS))
                            .isInstanceOf(ConversionException.class)
                            .satisfiesAnyOf(
                                    x -> assertThat(x).hasMessageContaining("not a resolution: no enacting formula found"),
                                    x -> assertThat(x).hasMessageContaining("no language profile"));
                }));
    }

    @Test
    void theOcrDamagedDraftFailsWithAMessageInsteadOfCrashing() throws IOException {
        for (Entry e : manifest()) {
            if (e.isText() && e.symbol().startsWith("A/L.")) {
                try {
                    Unakn.convert(read(e.file()), Fixtures.OPTIONS);
                } catch (ConversionException expected) {
                    assertThat(expected.getMessage()).isNotBlank();
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> factsReadFromTheDocumentsHold() throws IOException {
        manifest();
        List<String> rows = Fixtures.testResource("corpus/expectations.tsv").lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.split("\t")[0], () -> check(row.split("\t"))));
    }

    private static void check(String[] f) {
        Conversion c = Unakn.convert(read(f[0]), Fixtures.OPTIONS);
        AknXPath akn = new AknXPath(c.xml());
        assertThat(akn.value("//a:FRBRWork/a:FRBRnumber/@showAs")).as("number").isEqualTo(f[1]);
        assertThat(akn.value("//a:FRBRWork/a:FRBRdate/@date")).as("adoption date").isEqualTo(f[2]);
        expectCount(akn, "//a:preamble/a:container", f[3], "preambular paragraphs");
        expectCount(akn, "/a:akomaNtoso/a:statement/a:mainBody//a:paragraph[not(ancestor::a:paragraph)]", f[4], "operative paragraphs");
        expectCount(akn, "//a:authorialNote", f[5], "footnotes");
        expectCount(akn, "//a:attachment", f[6], "annexes");
        if (f.length < 8) {
            return;
        }
        for (String check : f[7].split(";")) {
            String key = check.substring(0, check.indexOf('='));
            String value = check.substring(check.indexOf('=') + 1);
            switch (key) {
                case "title^" -> assertThat(akn.value("//a:preface//a:docTitle")).as("title").startsWith(value);
                case "issued" -> assertThat(akn.value("//a:publication/@date")).as("date of issue").isEqualTo(value);
                case "ref" -> assertThat(akn.values("//a:ref/@href")).as("references").contains(value);
                case "noref" -> assertThat(akn.values("//a:ref/@href")).as("references").doesNotContain(value);
                case "note" -> {
                    String[] parts = value.split("@");
                    assertThat(akn.value("//a:authorialNote[@marker='" + parts[0] + "']/@eId")).as("footnote " + parts[0])
                            .startsWith(parts[1] + "__");
                }
                default -> throw new IllegalArgumentException("unknown check " + key);
            }
        }
    }

    private static void expectCount(AknXPath akn, String xpath, String expected, String what) {
        if (!expected.equals("-")) {
            assertThat(akn.count(xpath)).as(what).isEqualTo(Integer.parseInt(expected));
        }
    }

    @TestFactory
    Stream<DynamicTest> bothExtractionModesGiveTheSameStructure() throws IOException {
        return manifest().stream()
                .filter(e -> e.file().endsWith(".layout.txt") && !e.body().equals("HRC") && !e.symbol().startsWith("A/L."))
                .map(e -> DynamicTest.dynamicTest(e.file(), () -> {
                    String plain = e.file().replace(".layout.txt", ".txt");
                    assertThat(structure(read(e.file()))).isEqualTo(structure(read(plain)));
                }));
    }

    @Test
    void theChineseAndEnglishTextsOfOneResolutionShareWorkStructureAndTargets() throws IOException {
        manifest();
        AknXPath zh = new AknXPath(Unakn.convert(read("zh/A_RES_63_114.txt"), Fixtures.OPTIONS).xml());
        AknXPath en = new AknXPath(Unakn.convert(read("en/A_RES_63_114.txt"), Fixtures.OPTIONS).xml());
        assertThat(zh.value("//a:FRBRWork/a:FRBRuri/@value")).isEqualTo(en.value("//a:FRBRWork/a:FRBRuri/@value"));
        assertThat(zh.value("//a:FRBRWork/a:FRBRnumber/@value")).isEqualTo(en.value("//a:FRBRWork/a:FRBRnumber/@value"));
        String body = "//a:preamble//@eId | //a:mainBody//@eId | //a:conclusions//@eId";
        assertThat(zh.values(body)).isEqualTo(en.values(body));
        String notes = "//a:authorialNote/@eId";
        assertThat(zh.values(notes)).isEqualTo(en.values(notes));
        String targets = "//a:preamble//a:ref/@href | //a:mainBody//a:ref/@href";
        assertThat(new java.util.TreeSet<>(zh.values(targets))).isEqualTo(new java.util.TreeSet<>(en.values(targets)));
    }

    /** The eIds of a conversion, in document order: its structure. */
    private static List<String> structure(String text) {
        return new AknXPath(Unakn.convert(text, Fixtures.OPTIONS).xml()).values("//a:statement//@eId[not(ancestor::a:meta)]");
    }
}
