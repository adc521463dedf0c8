package org.seedprint.registry.imports;

import java.io.PrintStream;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Shows a job's progress on stderr: a bar redrawn in place on a terminal; otherwise (a pipe or a
 * log) one line per phase and per tenth done, so that logs stay short.
 */
final class ImportProgress {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private @Nullable String lastPhase;
    private long lastTenth = -1;
    private boolean drawn;

    ImportProgress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    void show(Map<String, Object> job) {
        Object named = job.get("phase");
        String phase = (String) (named != null ? named : ImportCli.field(job, "status"));
        long done = ((Number) ImportCli.field(job, "progressDone")).longValue();
        long total = ((Number) ImportCli.field(job, "progressTotal")).longValue();
        int percent = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
        if (terminal) {
            int filled = percent * WIDTH / 100;
            err.printf(
                    "\r[%s%s] %3d%% %s %d/%d\u001b[K",
                    "#".repeat(filled), ".".repeat(WIDTH - filled), percent, phase, done, total);
            drawn = true;
        } else if (!phase.equals(lastPhase) || percent / 10 != lastTenth) {
            err.printf("%s %d/%d (%d%%)%n", phase, done, total, percent);
        }
        lastPhase = phase;
        lastTenth = percent / 10;
    }

    void done() {
        if (drawn) err.println();
    }
}
