package org.unakn.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code unakn} command: convert, validate, render. */
@Command(name = "unakn", mixinStandardHelpOptions = true, version = "unakn 0.1.0",
        description = "United Nations resolutions to Akoma Ntoso 3.0 (AKN4UN): convert, validate, render.",
        subcommands = {ConvertCommand.class, ValidateCommand.class, RenderCommand.class, BatchCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    /** Exit codes: success, conversion or validation failed, bad usage. */
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    /**
     * FOP reports every page it renders through java.util.logging; a command line wants only
     * problems. Held here because java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger FOP_LOG = java.util.logging.Logger.getLogger("org.apache.fop");

    public static void main(String[] args) {
        FOP_LOG.setLevel(java.util.logging.Level.SEVERE);
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
