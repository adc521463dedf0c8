package org.seedprint.cluster;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.InputFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code seedprint-cluster}: the matcher's jobs on Spark. Exit 0 when done, 2 on bad input (the
 * message names the file and field), 1 on anything else, as the matcher's CLI.
 */
@Command(
        name = "seedprint-cluster",
        mixinStandardHelpOptions = true,
        version = "seedprint-cluster 0.1",
        description =
                "The matcher's all-vs-all and batch screening on Apache Spark (local[2] unless spark-submit says otherwise).",
        subcommands = {PairsJob.class, ScreenJob.class, ExportJob.class})
public final class ClusterCli implements Runnable {

    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.@Nullable CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(commandLine(), args));
    }

    /** Runs one command line, then stops the session it started (spark-submit and ./seedprint cluster). */
    static int run(CommandLine cli, String[] args) {
        try {
            return cli.execute(args);
        } finally {
            if (SparkSession.getDefaultSession().isDefined())
                SparkSession.getDefaultSession().get().stop();
        }
    }

    /** The configured command line (tests call {@code execute} on it with their own writers). */
    public static CommandLine commandLine() {
        return configure(new CommandLine(new ClusterCli()));
    }

    static CommandLine configure(CommandLine cli) {
        cli.setExecutionExceptionHandler(ClusterCli::handle);
        return cli;
    }

    @Override
    public void run() {
        if (spec != null) spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        // a task's failure reaches the driver wrapped (SparkException ...): the cause says what was wrong
        for (Throwable t = e; t != null; t = t.getCause()) {
            String problem = problem(t instanceof UncheckedIOException u ? u.getCause() : t);
            if (problem != null) {
                err.println("seedprint-cluster: " + problem);
                return BAD_INPUT;
            }
        }
        err.println("seedprint-cluster: internal error: " + e);
        e.printStackTrace(err);
        return 1;
    }

    private static @Nullable String problem(@Nullable Throwable cause) {
        if (cause instanceof InputFormatException || cause instanceof IllegalArgumentException)
            return cause.getMessage();
        if (cause instanceof NoSuchFileException nf) return "no such file: " + nf.getFile();
        if (cause instanceof FileAlreadyExistsException fe) return fe.getFile() + ": " + fe.getReason();
        if (cause instanceof IOException io) return io.toString();
        return null;
    }
}
