package org.seedprint.cluster;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.seedprint.matcher.cli.MatcherCli;
import picocli.CommandLine;

/** Runs the single-machine matcher CLI and the cluster CLI in this JVM, capturing what they print. */
final class Commands {

    private Commands() {}

    /** Exit code, standard output and standard error of one command. */
    record Run(int exit, String out, String err) {}

    static Run matcher(String... args) {
        return run(MatcherCli.commandLine(), args);
    }

    static Run cluster(String... args) {
        return run(ClusterCli.commandLine(), args);
    }

    private static Run run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
