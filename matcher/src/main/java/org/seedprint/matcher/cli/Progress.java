package org.seedprint.matcher.cli;

import java.io.PrintWriter;

/** A one-line progress bar on stderr; silent when stderr is not a terminal (System.console() is null). */
final class Progress implements AutoCloseable {

    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final String label;
    private final long total;
    private final boolean on;
    private long done;
    private long lastDraw;

    Progress(PrintWriter err, String label, long total) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.on = Terminal.interactive() && total > 1;
    }

    void step() {
        done++;
        if (!on) return;
        long now = System.nanoTime();
        if (now - lastDraw < 200_000_000L && done < total) return;
        lastDraw = now;
        int filled = (int) (WIDTH * done / total);
        err.printf("\r%s [%s%s] %d/%d", label, "#".repeat(filled), " ".repeat(WIDTH - filled), done, total);
        err.flush();
    }

    @Override
    public void close() {
        if (on) {
            err.println();
            err.flush();
        }
    }
}
