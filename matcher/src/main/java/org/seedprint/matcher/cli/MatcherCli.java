package org.seedprint.matcher.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.seedprint.matcher.InputFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code seedprint-matcher}: exit 0 when done, 2 on bad input (the message names file, line, field), 1 on anything else. */
@Command(
        name = "seedprint-matcher",
        mixinStandardHelpOptions = true,
        version = "seedprint-matcher 0.1",
        description =
                "MNP fingerprint profiles: index a library, match queries, find related pairs, explain a pair, call haplotypes from reads.",
        subcommands = {
            IndexCommand.class,
            MatchCommand.class,
            PairsCommand.class,
            ExplainCommand.class,
            ParentsCommand.class,
            CallCommand.class
        })
public final class MatcherCli implements Runnable {

    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (tests call {@code execute} on it with their own writers). */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new MatcherCli());
        cli.setExecutionExceptionHandler(MatcherCli::handle);
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof InputFormatException || cause instanceof IllegalArgumentException) {
            err.println("seedprint-matcher: " + cause.getMessage());
            return BAD_INPUT;
        }
        if (cause instanceof NoSuchFileException nf) {
            err.println("seedprint-matcher: no such file: " + nf.getFile());
            return BAD_INPUT;
        }
        if (cause instanceof IOException io) {
            err.println("seedprint-matcher: " + io);
            return BAD_INPUT;
        }
        err.println("seedprint-matcher: internal error: " + e);
        e.printStackTrace(err);
        return 1;
    }
}
