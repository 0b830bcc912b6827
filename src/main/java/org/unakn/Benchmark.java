package org.unakn;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import org.unakn.akn.AknWriter;
import org.unakn.check.AknSchema;
import org.unakn.check.Fidelity;
import org.unakn.check.ProfileChecks;
import org.unakn.inline.Annotator;
import org.unakn.lang.LanguageProfile;
import org.unakn.lang.Profiles;
import org.unakn.model.Resolution;
import org.unakn.render.Renderer;
import org.unakn.structure.Segmenter;
import org.unakn.text.NormalizedText;
import org.unakn.text.Normalizer;

/**
 * A rerunnable benchmark: per-stage cost on the given texts (median of several timed rounds
 * after warm-up rounds), the XML floor (Saxon parsing and re-serialising the produced AKN), the
 * same validation done by xmllint in one process, batch throughput on 1 and 2 threads, and peak
 * heap for a large synthetic batch. Numbers are wall-clock on whatever machine runs it.
 */
public final class Benchmark {
    private final List<String> texts;
    private final int warmup;
    private final int runs;
    private final PrintWriter out;
    private static final LocalDate MARKUP = LocalDate.of(2026, 1, 1);

    public Benchmark(List<String> texts, int warmup, int runs, PrintWriter out) {
        this.texts = List.copyOf(texts);
        this.warmup = warmup;
        this.runs = runs;
        this.out = out;
    }

    /** Median milliseconds per round of {@code task} over all texts. */
    private double median(Runnable task) {
        for (int i = 0; i < warmup; i++) {
            task.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            task.run();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        java.util.Arrays.sort(times);
        return times[runs / 2];
    }

    public void run(int batchSize, boolean pdf) throws Exception {
        Converter converter = new Converter();
        Renderer renderer = new Renderer();
        ConvertOptions options = ConvertOptions.defaults().withMarkupDate(MARKUP);
        List<LanguageProfile> profiles = texts.stream().map(t -> Profiles.of(Profiles.detect(t)).orElseThrow()).toList();
        List<NormalizedText> normalized = new ArrayList<>();
        List<Resolution> resolutions = new ArrayList<>();
        List<String> xmls = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            LanguageProfile p = profiles.get(i);
            NormalizedText n = Converter.normalizer(p).normalize(texts.get(i));
            normalized.add(n);
            resolutions.add(new Annotator(p).annotate(new Segmenter(p).segment(n)));
            xmls.add(converter.convert(texts.get(i), options).xml());
        }
        List<Normalizer> normalizers = profiles.stream().map(Converter::normalizer).toList();
        List<Segmenter> segmenters = profiles.stream().map(Segmenter::new).toList();
        List<Annotator> annotators = profiles.stream().map(Annotator::new).toList();
        AknWriter writer = new AknWriter();
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        out.printf("%d documents, %.0f KB of text, %d KB of AKN; median of %d rounds after %d warm-up rounds%n",
                texts.size(), bytes / 1024.0, xmls.stream().mapToLong(String::length).sum() / 1024, runs, warmup);

        Map<String, Double> stages = new LinkedHashMap<>();
        stages.put("normalise (lines, furniture, footnotes, call-outs)", median(() -> each(i -> normalizers.get(i).normalize(texts.get(i)))));
        stages.put("segment and annotate", median(() -> each(i -> annotators.get(i).annotate(segmenters.get(i).segment(normalized.get(i))))));
        stages.put("write AKN", median(() -> each(i -> writer.write(resolutions.get(i), MARKUP))));
        stages.put("validate against the XSD", median(() -> each(i -> AknSchema.validate(xmls.get(i)))));
        stages.put("profile checks", median(() -> each(i -> ProfileChecks.check(xmls.get(i)))));
        stages.put("fidelity check", median(() -> each(i -> Fidelity.check(xmls.get(i),
                normalized.get(i).body().stream().map(l -> new Fidelity.Line(l.number(), l.text())).toList(),
                normalized.get(i).footnotes().stream().flatMap(f -> f.lines().stream()).map(l -> new Fidelity.Line(l.number(), l.text())).toList()))));
        double convert = median(() -> each(i -> converter.convert(texts.get(i), options)));
        stages.put("whole conversion (text to checked AKN)", convert);
        stages.put("HTML", median(() -> each(i -> renderer.html(xmls.get(i), "https://undocs.org/"))));
        if (pdf) {
            stages.put("PDF", median(() -> each(i -> renderer.pdf(xmls.get(i)))));
        }
        double floor = median(identityFloor(xmls));
        stages.put("XML floor: Saxon parse + serialise the AKN", floor);
        out.println();
        out.println("| stage | ms per document (median) |");
        out.println("|---|---|");
        stages.forEach((k, v) -> out.printf("| %s | %.2f |%n", k, v / texts.size()));
        out.printf("%nconversion / XML floor: %.1fx%n", convert / floor);

        xmllint(xmls);
        out.println();
        for (int threads : new int[] {1, 2}) {
            out.printf("batch, %d thread(s), %d documents: %.0f documents/s%n", threads, batchSize,
                    throughput(converter, options, threads, batchSize));
        }
        out.printf("peak heap while converting %d documents on 2 threads: %d MB%n", batchSize, peakHeapMb(converter, options, batchSize));
        out.flush();
    }

    private interface Each {
        void apply(int i) throws Exception;
    }

    private void each(Each task) {
        for (int i = 0; i < texts.size(); i++) {
            try {
                task.apply(i);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private Runnable identityFloor(List<String> xmls) {
        Processor saxon = new Processor(false);
        return () -> {
            for (String x : xmls) {
                try {
                    XdmNode doc = saxon.newDocumentBuilder().build(new StreamSource(new StringReader(x)));
                    StringWriter w = new StringWriter(x.length());
                    Serializer s = saxon.newSerializer(w);
                    s.serializeNode(doc);
                } catch (SaxonApiException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    /** xmllint validating all the files in one process, against unakn's validation of the same files. */
    private void xmllint(List<String> xmls) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("unakn-bench");
        try {
            for (String name : new String[] {"akomantoso30.xsd", "xml.xsd"}) {
                try (InputStream in = Benchmark.class.getResourceAsStream("/xsd/" + name)) {
                    Files.copy(in, dir.resolve(name));
                }
            }
            List<String> command = new ArrayList<>(List.of("xmllint", "--noout", "--schema", dir.resolve("akomantoso30.xsd").toString()));
            for (int i = 0; i < xmls.size(); i++) {
                Path f = dir.resolve("doc" + i + ".xml");
                Files.writeString(f, xmls.get(i));
                command.add(f.toString());
            }
            double unakn = median(() -> each(i -> Unakn.validate(xmls.get(i))));
            out.printf("%nvalidation of the %d files: unakn (schema + profile checks, in process) %.1f ms", xmls.size(), unakn);
            try {
                double lint = median(() -> {
                    try {
                        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
                        p.getInputStream().readAllBytes();
                        p.waitFor();
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });
                out.printf(", xmllint --noout --schema (one process) %.1f ms%n", lint);
            } catch (IllegalStateException e) {
                out.printf("; xmllint not available (%s)%n", e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private double throughput(Converter converter, ConvertOptions options, int threads, int count) throws Exception {
        Supplier<Long> run = () -> {
            long t = System.nanoTime();
            convertMany(converter, options, threads, count);
            return System.nanoTime() - t;
        };
        run.get();
        long nanos = run.get();
        return count / (nanos / 1e9);
    }

    private void convertMany(Converter converter, ConvertOptions options, int threads, int count) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String text = texts.get(i % texts.size());
                // the result is dropped, as a batch writes it out: the heap holds only work in progress
                futures.add(pool.submit(() -> {
                    converter.convert(text, options);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    private long peakHeapMb(Converter converter, ConvertOptions options, int count) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        convertMany(converter, options, 2, count);
        return heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }
}
