package org.unakn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.unakn.Unakn;
import org.unakn.check.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate AKN files against the official schema and the UN profile rules.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "AKN files to validate")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int invalid = 0;
        for (Path file : files) {
            List<Problem> problems;
            try {
                problems = Unakn.validate(Files.readString(file, StandardCharsets.UTF_8));
            } catch (java.nio.file.NoSuchFileException e) {
                err.println(file + ": no such file");
                invalid++;
                continue;
            } catch (IOException e) {
                err.println(file + ": cannot read: " + (e.getMessage() == null ? e : e.getMessage()));
                invalid++;
                continue;
            }
            if (problems.isEmpty()) {
                out.println(file + ": valid");
            } else {
                invalid++;
                problems.forEach(p -> err.println(p.describe(file.toString())));
            }
        }
        out.flush();
        err.flush();
        return invalid == 0 ? Main.OK : Main.FAILED;
    }
}
