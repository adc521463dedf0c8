package org.seedprint.matcher.io;

import java.util.Map;
import org.seedprint.matcher.InputFormatException;

/** What a reader made of a file: its calls (as {@link RecordingSink} keeps them), or the file and line of its error. */
record Outcome(Map<String, Map<Integer, String>> calls, String errorSource, long errorLine, String message) {

    interface Read {
        void into(RecordingSink sink) throws Exception;
    }

    /** Runs the reader; anything but success or an {@link InputFormatException} fails the test. */
    static Outcome of(Read read) throws Exception {
        RecordingSink sink = new RecordingSink();
        try {
            read.into(sink);
            return new Outcome(sink.calls, null, 0, null);
        } catch (InputFormatException e) {
            return new Outcome(null, e.source(), e.line(), e.getMessage());
        }
    }

    boolean failed() {
        return calls == null;
    }

    /** Equal results, or errors at the same file and line (messages differ: htsjdk words its own). */
    boolean sameAs(Outcome other) {
        if (failed() != other.failed()) return false;
        if (!failed()) return calls.equals(other.calls);
        return errorSource.equals(other.errorSource)
                && (errorLine == other.errorLine || errorLine < 0 || other.errorLine < 0);
    }

    @Override
    public String toString() {
        return failed() ? "error " + message : "calls of " + calls.size() + " samples " + calls;
    }
}
