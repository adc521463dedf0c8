package org.seedprint.matcher.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seedprint.matcher.InputFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code seedprint-matcher}: exit 0 when done, 2 on bad input (the message names file, line, field), 1 on anything else. */
@Command(
        name = "seedprint-matcher",
        mixinStandardHelpOptions = true,
        version = "seedprint-matcher 0.1",
        description =
                "MNP fingerprint profiles: index a library, match queries, find related pairs, explain a pair, call haplotypes from reads.")
public final class MatcherCli implements Runnable {

    public static final int BAD_INPUT = 2;

    /**
     * The subcommands, in the order the usage lists them. A run registers only the one it invokes:
     * picocli builds each command's model by reflection, interpreted at start-up, and building all
     * six was most of a small run's start (docs/performance.md, "Start-up").
     */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands(
            IndexCommand.class,
            MatchCommand.class,
            PairsCommand.class,
            ExplainCommand.class,
            ParentsCommand.class,
            CallCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where result lines go as bytes; null: through the command line's writer (tests set their own). */
    private final OutputStream results;

    private MatcherCli(OutputStream results) {
        this.results = results;
    }

    public static void main(String[] args) {
        System.exit(commandLine(new FileOutputStream(FileDescriptor.out), needed(args))
                .execute(args));
    }

    /** The configured command line writing results to its {@code getOut()} (tests set their own writers). */
    public static CommandLine commandLine() {
        return commandLine(null, SUBCOMMANDS.values());
    }

    private static CommandLine commandLine(OutputStream results, Collection<Class<?>> subcommands) {
        CommandLine cli = new CommandLine(new MatcherCli(results));
        for (Class<?> c : subcommands) cli.addSubcommand(c);
        cli.setExecutionExceptionHandler(MatcherCli::handle);
        return cli;
    }

    /** The command line {@link #main} makes for these arguments, writing results to its {@code getOut()}. */
    static CommandLine forArgs(String... args) {
        return commandLine(null, needed(args));
    }

    /**
     * The subcommands a run with these arguments needs: the one named first, none for the version
     * alone, every one otherwise (the usage lists them; picocli reports unknown names against them).
     */
    static Collection<Class<?>> needed(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) return List.of();
        Class<?> named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        return named != null ? List.of(named) : SUBCOMMANDS.values();
    }

    private static Map<String, Class<?>> subcommands(Class<?>... classes) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> c : classes) byName.put(c.getAnnotation(Command.class).name(), c);
        return byName;
    }

    /** The byte stream for a subcommand's result lines: standard output itself, or its writer. */
    static OutputStream results(CommandLine.Model.CommandSpec sub) {
        MatcherCli root = (MatcherCli) sub.root().userObject();
        if (root.results != null) return root.results;
        PrintWriter out = sub.commandLine().getOut();
        return new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                out.write(new String(b, off, len, StandardCharsets.UTF_8));
            }

            @Override
            public void flush() {
                out.flush();
            }
        };
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
