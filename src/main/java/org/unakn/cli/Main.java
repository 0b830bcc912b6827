package org.unakn.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code unakn} command: convert, validate. */
@Command(name = "unakn", mixinStandardHelpOptions = true, version = "unakn 0.1.0",
        description = "United Nations resolutions to Akoma Ntoso 3.0 (AKN4UN): convert, validate.",
        subcommands = {ConvertCommand.class, ValidateCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    /** Exit codes: success, conversion or validation failed, bad usage. */
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("unakn: internal error: " + e);
            return FAILED;
        });
        return cli.execute(args);
    }
}
