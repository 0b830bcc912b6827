package org.unakn.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.unakn.Benchmark;
import org.unakn.ConversionException;
import org.unakn.ConvertOptions;
import org.unakn.Unakn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the converter and renderers on resolution texts (files or folders of .txt).")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT")
    List<Path> inputs;

    @Option(names = "--warmup", description = "untimed rounds first (default: ${DEFAULT-VALUE})")
    int warmup = 5;

    @Option(names = "--runs", description = "timed rounds; the median is reported (default: ${DEFAULT-VALUE})")
    int runs = 7;

    @Option(names = "--batch-size", description = "documents in the synthetic batch (default: ${DEFAULT-VALUE})")
    int batchSize = 10_000;

    @Option(names = "--no-pdf", description = "skip the PDF stage")
    boolean noPdf;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<String> texts = new ArrayList<>();
        for (Path input : inputs) {
            List<Path> files = Files.isDirectory(input) ? org.unakn.batch.Batch.inputs(input) : List.of(input);
            for (Path f : files) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                try {
                    Unakn.convert(text, ConvertOptions.defaults());
                    texts.add(text);
                } catch (ConversionException e) {
                    err.println("unakn: bench skips " + f + ": " + e.describe());
                }
            }
        }
        if (texts.isEmpty()) {
            err.println("unakn: nothing to measure");
            return Main.FAILED;
        }
        new Benchmark(texts, warmup, runs, spec.commandLine().getOut()).run(batchSize, !noPdf);
        return Main.OK;
    }
}
