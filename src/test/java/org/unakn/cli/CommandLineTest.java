package org.unakn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unakn.Fixtures;

/** The unakn command as a user meets it: exit codes, messages, files written or not. */
class CommandLineTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    @Test
    void convertsTheExampleToAValidFile() {
        Path out = dir.resolve("63_114.xml");
        Run r = run("convert", "examples/A_RES_63_114.zh.txt", "-o", out.toString());
        assertThat(r.code()).isZero();
        assertThat(out).exists();
        Run v = run("validate", out.toString());
        assertThat(v.code()).isZero();
        assertThat(v.out()).contains("valid");
    }

    @Test
    void writesToStandardOutputWithoutOutputOption() {
        Run r = run("convert", "examples/A_RES_63_114.zh.txt", "--lang", "zh");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("<?xml").contains("<docNumber>63/114</docNumber>");
    }

    @Test
    void emptyInputFailsWithAClearMessageAndNoOutputFile() throws IOException {
        assertFailsWithoutOutput(write("empty.txt", new byte[0]), "the input is empty");
    }

    @Test
    void binaryInputFailsWithAClearMessage() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertFailsWithoutOutput(write("image.txt", png), "not valid UTF-8");
    }

    @Test
    void gb18030WithoutEncodingOptionFailsAndNamesTheOption() throws IOException {
        Path gb = write("gb.txt", Fixtures.seed().getBytes(Charset.forName("GB18030")));
        Run r = assertFailsWithoutOutput(gb, "not valid UTF-8");
        assertThat(r.err()).contains("--encoding").contains("line 1");
    }

    @Test
    void gb18030WithEncodingOptionConverts() throws IOException {
        Path gb = write("gb.txt", Fixtures.seed().getBytes(Charset.forName("GB18030")));
        Run r = run("convert", gb.toString(), "--encoding", "GB18030");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("联合国同伊斯兰会议组织的合作");
    }

    @Test
    void utf16WithByteOrderMarkIsDetected() throws IOException {
        byte[] body = Fixtures.seed().getBytes(StandardCharsets.UTF_16LE);
        byte[] bom = new byte[body.length + 2];
        bom[0] = (byte) 0xFF;
        bom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bom, 2, body.length);
        Run r = run("convert", write("utf16.txt", bom).toString());
        assertThat(r.code()).isZero();
    }

    @Test
    void aTextThatIsNotAResolutionIsRejected() throws IOException {
        Path report = write("report.txt", "人权理事会\n普遍定期审议工作组\n第七届会议\n\n国家报告\n\n一、方法\n\n1. 本报告由外交部编写。\n"
                .getBytes(StandardCharsets.UTF_8));
        Run r = assertFailsWithoutOutput(report, "not a resolution: no enacting formula found");
        assertThat(r.err()).contains("line 1");
    }

    @Test
    void aTruncatedResolutionWithoutOperativePartIsRejected() throws IOException {
        String seed = Fixtures.seed();
        String truncated = seed.substring(0, seed.indexOf(" 1. 满意地"));
        Run r = assertFailsWithoutOutput(write("truncated.txt", truncated.getBytes(StandardCharsets.UTF_8)),
                "no operative paragraph found");
        assertThat(r.err()).containsPattern("line \\d+");
    }

    @Test
    void aMissingFileIsAnErrorNotAStackTrace() {
        Run r = run("convert", dir.resolve("nope.txt").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no such file").doesNotContain("Exception");
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        assertThat(run("convert", "x.txt", "--lang", "xx").code()).isEqualTo(2);
        assertThat(run("convert").code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
    }

    @Test
    void validateReportsFileLineColumnAndFails() throws IOException {
        String xml = Fixtures.resource("zh/team_subparagraphs.expected.xml").replace("<num>2.</num>", "<num>2.</num><bogus/>");
        Path bad = write("bad.xml", xml.getBytes(StandardCharsets.UTF_8));
        Run r = run("validate", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).containsPattern("bad\\.xml:\\d+:\\d+: cvc-");
    }

    private Run assertFailsWithoutOutput(Path input, String message) {
        Path out = dir.resolve(input.getFileName() + ".xml");
        Run r = run("convert", input.toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(message).doesNotContain("Exception", "\tat ");
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp"))).isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return r;
    }
}
