package org.unakn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.unakn.Unakn;
import org.unakn.check.Problem;
import org.unakn.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render an AKN file as HTML and/or PDF. The file is validated first.")
final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.xml", description = "an AKN file")
    Path file;

    @Mixin
    RenderOptions render;

    @Override
    public Integer call() {
        if (!render.any()) {
            throw new ParameterException(spec.commandLine(), "nothing to do: give --html OUT.html and/or --pdf OUT.pdf");
        }
        PrintWriter err = spec.commandLine().getErr();
        try {
            String akn = Files.readString(file, StandardCharsets.UTF_8);
            List<Problem> problems = Unakn.validate(akn);
            if (!problems.isEmpty()) {
                err.println("unakn: " + file + " is not valid AKN; nothing rendered:");
                problems.forEach(p -> err.println(p.describe(file.toString())));
                return Main.FAILED;
            }
            render.render(akn);
            return Main.OK;
        } catch (NoSuchFileException e) {
            err.println("unakn: " + file + ": no such file");
        } catch (IOException e) {
            err.println("unakn: " + file + ": " + e.getMessage());
        } catch (Renderer.RenderException e) {
            err.println("unakn: " + file + ": " + e.getMessage());
        }
        return Main.FAILED;
    }
}
