package org.unakn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unakn.Fixtures;

class BatchCommandTest {
    @TempDir
    Path dir;

    private Path inputs() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("zh"));
        Files.writeString(in.resolve("zh/63_114.txt"), Fixtures.seed());
        Files.writeString(in.resolve("zh/team_subparagraphs.txt"), Fixtures.resource("zh/team_subparagraphs.txt"));
        Files.writeString(in.resolve("zh/team_footnotes.txt"), Fixtures.resource("zh/team_footnotes.txt"));
        Files.writeString(in.resolve("broken.txt"), "大会，\n");
        return in;
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void convertsEveryFileKeepsGoingPastBadOnesAndReports() throws IOException {
        Path in = inputs();
        Path out = dir.resolve("out");
        Path report = dir.resolve("report.json");
        int code = Main.run("batch", in.toString(), "--out", out.toString(), "--report", report.toString(),
                "--markup-date", "2026-11-28");
        assertThat(code).as("a failed file makes the exit code 1").isEqualTo(1);
        assertThat(tree(out)).containsOnlyKeys("zh/63_114.akn.xml", "zh/team_footnotes.akn.xml", "zh/team_subparagraphs.akn.xml");
        String json = Files.readString(report);
        assertThat(json).contains("\"converted\": 3", "\"failed\": 1",
                "{\"input\": \"broken.txt\", \"status\": \"failed\"",
                "{\"input\": \"zh/63_114.txt\", \"status\": \"converted\", \"language\": \"zh\", \"symbol\": \"A/RES/63/114\", "
                        + "\"preambularParagraphs\": 19, \"operativeParagraphs\": 16, \"footnotes\": 3");
    }

    @Test
    void outputDoesNotDependOnTheNumberOfJobsAndRerunsAreIdentical() throws IOException {
        Path in = inputs();
        Main.run("batch", in.toString(), "--out", dir.resolve("one").toString(), "--jobs", "1", "--markup-date", "2026-11-28");
        Main.run("batch", in.toString(), "--out", dir.resolve("two").toString(), "--jobs", "2", "--markup-date", "2026-11-28");
        Main.run("batch", in.toString(), "--out", dir.resolve("two").toString(), "--jobs", "2", "--markup-date", "2026-11-28");
        assertThat(tree(dir.resolve("two"))).isEqualTo(tree(dir.resolve("one")));
    }
}
