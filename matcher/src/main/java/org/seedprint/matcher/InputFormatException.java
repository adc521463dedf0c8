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

    public InputFormatException(String source, long line, String field, String problem) {
        super(format(source, line, field, problem));
        this.source = source;
        this.line = line;
        this.field = field;
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

    private static String format(String source, long line, String field, String problem) {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) sb.append(':').append(line);
        if (field != null && !field.isEmpty()) sb.append(" [").append(field).append(']');
        return sb.append(": ").append(problem).toString();
    }
}
