package org.seedprint.matcher;

import java.nio.file.Path;

/**
 * Bad input, located: the file, the 1-based line (0 when not line-based) and the field. Readers
 * throw it before returning anything, so a caller never sees a partial result.
 */
public final class InputFormatException extends Exception {

    private final String source;
    private final long line;
    private final String field;
    private final String problem;

    public InputFormatException(String source, long line, String field, String problem) {
        super(format(source, line, field, problem));
        this.source = source;
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    public InputFormatException(Path file, long line, String field, String problem) {
        this(file.toString(), line, field, problem);
    }

    public String source() {
        return source;
    }

    public long line() {
        return line;
    }

    public String field() {
        return field;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }

    /**
     * The same problem told about {@code name} instead of the source it was read from, e.g. an
     * uploaded file's name instead of the server's temporary copy.
     */
    public InputFormatException naming(String name) {
        InputFormatException renamed = new InputFormatException(name, line, field, problem.replace(source, name));
        renamed.initCause(this);
        return renamed;
    }

    private static String format(String source, long line, String field, String problem) {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) sb.append(':').append(line);
        if (field != null && !field.isEmpty()) sb.append(" [").append(field).append(']');
        return sb.append(": ").append(problem).toString();
    }
}
