package org.unakn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.unakn.ConversionException;
import org.unakn.ConvertOptions;
import org.unakn.Conversion;
import org.unakn.Unakn;
import org.unakn.io.InputDecoder;
import org.unakn.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert the text of a resolution to AKN. The result is validated before it is written.")
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "the text file, or - for standard input")
    String input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT", description = "where to write the AKN (default: standard output)")
    Path output;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "auto",
            description = "auto, zh, en, fr, es, ru or ar (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--encoding", paramLabel = "NAME", description = "the input encoding when it is not UTF-8 (e.g. GB18030)")
    String encoding;

    @Option(names = "--markup-date", paramLabel = "YYYY-MM-DD", description = "the markup date to record (default: today)")
    LocalDate markupDate;

    @picocli.CommandLine.Mixin
    RenderOptions render;

    @Option(names = "--max-bytes", paramLabel = "N", description = "largest input accepted (default: ${DEFAULT-VALUE})")
    long maxBytes = InputDecoder.DEFAULT_MAX_BYTES;

    @Override
    public Integer call() {
        ConvertOptions options = options();
        PrintWriter err = spec.commandLine().getErr();
        String name = input.equals("-") ? "<stdin>" : input;
        try {
            byte[] bytes = input.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(input));
            Conversion c = Unakn.convert(bytes, options);
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                out.print(c.xml());
                out.flush();
            } else {
                org.unakn.io.AtomicFiles.write(output, c.xml().getBytes(StandardCharsets.UTF_8));
                err.println("unakn: wrote " + output + " (" + c.resolution().identity().number() + ", "
                        + c.resolution().identity().language().bcp47() + ")");
            }
            render.render(c.xml());
            return Main.OK;
        } catch (ConversionException e) {
            err.println("unakn: " + name + ": " + e.describe());
            return Main.FAILED;
        } catch (org.unakn.render.Renderer.RenderException e) {
            err.println("unakn: " + name + ": " + e.getMessage());
            return Main.FAILED;
        } catch (NoSuchFileException e) {
            err.println("unakn: " + name + ": no such file");
            return Main.FAILED;
        } catch (IOException e) {
            err.println("unakn: " + name + ": " + e.getMessage());
            return Main.FAILED;
        }
    }

    private ConvertOptions options() {
        ConvertOptions o = ConvertOptions.defaults().withMaxBytes(maxBytes);
        if (!lang.equals("auto")) {
            Language l = Language.fromCode(lang).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "unknown language '" + lang + "': use auto, zh, en, fr, es, ru or ar"));
            o = o.withLanguage(l);
        }
        if (encoding != null) {
            try {
                o = o.withEncoding(Charset.forName(encoding));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new ParameterException(spec.commandLine(), "unknown encoding '" + encoding + "'");
            }
        }
        if (markupDate != null) {
            o = o.withMarkupDate(markupDate);
        }
        return o;
    }
}
