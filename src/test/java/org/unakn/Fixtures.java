package org.unakn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** The texts tests read: the bundled example, team-written fixtures, and the shared corpus. */
public final class Fixtures {
    /** A fixed markup date, so that outputs are reproducible. */
    public static final ConvertOptions OPTIONS = ConvertOptions.defaults().withMarkupDate(LocalDate.of(2026, 11, 28));

    private Fixtures() {
    }

    /** The Chinese text of A/RES/63/114, the project's bundled example. */
    public static String seed() {
        return file(Path.of("examples", "A_RES_63_114.zh.txt"));
    }

    /** A team-written fixture under src/test/resources/fixtures. */
    public static String resource(String name) {
        return testResource("fixtures/" + name);
    }

    /** Any file under src/test/resources. */
    public static String testResource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String file(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared corpus beside the project, as set by Surefire; may not exist on a fresh clone. */
    public static Path corpus() {
        return Path.of(System.getProperty("unakn.corpus", "../shared/corpus"));
    }
}
