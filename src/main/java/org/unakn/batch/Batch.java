package org.unakn.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.unakn.ConversionException;
import org.unakn.Conversion;
import org.unakn.ConvertOptions;
import org.unakn.io.AtomicFiles;
import org.unakn.Converter;
import org.unakn.model.BodyNode;
import org.unakn.model.Identity;
import org.unakn.model.Point;
import org.unakn.model.Resolution;
import org.unakn.render.Renderer;

/**
 * Converts every text file of a folder tree in parallel, in one JVM with schema and stylesheets
 * compiled once. Each output file is written to a temporary file and moved into place, so a
 * crash leaves no partial file and a rerun overwrites cleanly. The results do not depend on the
 * number of jobs: they come back in input order.
 */
public final class Batch {
    private final Converter converter;
    private final Renderer renderer;
    private final ConvertOptions options;
    private final boolean html;
    private final boolean pdf;

    public Batch(Converter converter, Renderer renderer, ConvertOptions options, boolean html, boolean pdf) {
        this.converter = converter;
        this.renderer = renderer;
        this.options = options;
        this.html = html;
        this.pdf = pdf;
    }

    /** The text files under {@code input}, in a stable order. */
    public static List<Path> inputs(Path input) throws IOException {
        try (Stream<Path> files = Files.walk(input)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted(Comparator.comparing(p -> input.relativize(p).toString()))
                    .toList();
        }
    }

    /** Converts the files; {@code progress} hears the number done after each file. */
    public List<BatchResult> run(Path inputDir, List<Path> inputs, Path outDir, int jobs, IntConsumer progress)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<BatchResult>> futures = new ArrayList<>();
            for (Path input : inputs) {
                futures.add(pool.submit(() -> {
                    BatchResult r = one(inputDir, input, outDir);
                    progress.accept(done.incrementAndGet());
                    return r;
                }));
            }
            List<BatchResult> results = new ArrayList<>(inputs.size());
            for (int i = 0; i < futures.size(); i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    results.add(BatchResult.failed(relative(inputDir, inputs.get(i)), "internal error: " + e.getCause()));
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private BatchResult one(Path inputDir, Path input, Path outDir) {
        String name = relative(inputDir, input);
        try {
            Conversion c = converter.convert(Files.readAllBytes(input), options);
            Path base = outDir.resolve(name.replaceFirst("\\.txt$", ""));
            AtomicFiles.write(base.resolveSibling(base.getFileName() + ".akn.xml"), c.xml().getBytes(StandardCharsets.UTF_8));
            if (html) {
                AtomicFiles.write(base.resolveSibling(base.getFileName() + ".html"),
                        renderer.html(c.xml(), "https://undocs.org/").getBytes(StandardCharsets.UTF_8));
            }
            if (pdf) {
                AtomicFiles.write(base.resolveSibling(base.getFileName() + ".pdf"), renderer.pdf(c.xml()));
            }
            return summary(name, c.resolution());
        } catch (ConversionException e) {
            return BatchResult.failed(name, e.describe());
        } catch (Renderer.RenderException | IOException e) {
            return BatchResult.failed(name, e.getMessage());
        }
    }

    private static BatchResult summary(String name, Resolution r) {
        Identity id = r.identity();
        int operative = (int) r.operative().stream().filter(n -> n instanceof Point).count()
                + r.operative().stream().filter(n -> n instanceof org.unakn.model.Division)
                        .mapToInt(n -> countPoints(((org.unakn.model.Division) n).children())).sum();
        return new BatchResult(name, true, id.language().bcp47(),
                id.symbol().orElse(id.organ().symbolPrefix() + id.number()),
                r.preamble().size(), operative, r.footnotes().size(), List.of());
    }

    private static int countPoints(List<BodyNode> nodes) {
        return (int) nodes.stream().filter(n -> n instanceof Point).count();
    }

    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

}
