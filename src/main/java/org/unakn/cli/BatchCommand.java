package org.unakn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.unakn.ConvertOptions;
import org.unakn.Converter;
import org.unakn.Unakn;
import org.unakn.batch.Batch;
import org.unakn.batch.BatchResult;
import org.unakn.batch.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Convert every .txt file under a folder, in parallel; keep going past bad files.")
final class BatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT_DIR")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "OUT_DIR", description = "where the .akn.xml (and .html, .pdf) files go")
    Path out;

    @Option(names = "--html", description = "also render HTML")
    boolean html;

    @Option(names = "--pdf", description = "also render PDF")
    boolean pdf;

    @Option(names = "--jobs", paramLabel = "N", description = "parallel conversions (default: the number of processors)")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--report", paramLabel = "report.json", description = "write a machine-readable report")
    Path report;

    @Option(names = "--markup-date", paramLabel = "YYYY-MM-DD", description = "the markup date to record (default: today)")
    LocalDate markupDate;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(input)) {
            err.println("unakn: " + input + ": not a folder");
            return Main.FAILED;
        }
        try {
            List<Path> inputs = Batch.inputs(input);
            ConvertOptions options = markupDate == null ? ConvertOptions.defaults() : ConvertOptions.defaults().withMarkupDate(markupDate);
            Batch batch = new Batch(new Converter(), html || pdf ? Unakn.renderer() : null, options, html, pdf);
            Progress progress = new Progress(inputs.size(), System.console() != null, err);
            List<BatchResult> results = batch.run(input, inputs, out, jobs, progress::update);
            progress.finish();
            long failed = results.stream().filter(r -> !r.converted()).count();
            err.println("unakn: " + (results.size() - failed) + " converted, " + failed + " failed"
                    + String.format(" (%.1f s, %.1f documents/s)", progress.seconds(), results.size() / Math.max(progress.seconds(), 1e-9)));
            results.stream().filter(r -> !r.converted())
                    .forEach(r -> err.println("  " + r.input() + ": " + String.join("; ", r.problems())));
            if (report != null) {
                Files.writeString(report, Report.json(results), StandardCharsets.UTF_8);
            }
            return failed == 0 ? Main.OK : Main.FAILED;
        } catch (IOException e) {
            err.println("unakn: " + e.getMessage());
            return Main.FAILED;
        }
    }

    /** Done/total, rate and time left, redrawn on one terminal line; silent when not on a terminal. */
    private static final class Progress {
        final int total;
        final boolean terminal;
        final PrintWriter err;
        final long start = System.nanoTime();
        long lastDraw;

        Progress(int total, boolean terminal, PrintWriter err) {
            this.total = total;
            this.terminal = terminal;
            this.err = err;
        }

        synchronized void update(int done) {
            long now = System.nanoTime();
            if (!terminal || (now - lastDraw < 200_000_000L && done < total)) {
                return;
            }
            lastDraw = now;
            double rate = done / Math.max((now - start) / 1e9, 1e-9);
            err.printf("\r%d/%d  %.1f docs/s  %.0f s left   ", done, total, rate, (total - done) / Math.max(rate, 1e-9));
            err.flush();
        }

        void finish() {
            if (terminal) {
                err.println();
            }
        }

        double seconds() {
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
