package org.seedprint.matcher.io;

import java.io.IOException;

/**
 * Damaged compressed input (truncated, bad checksum, not gzip after all). An {@link IOException} so
 * that it can leave an {@link java.io.InputStream}; the readers turn it into an
 * {@link org.seedprint.matcher.InputFormatException} naming the file and the line reached.
 */
final class CorruptInputException extends IOException {

    private static final long serialVersionUID = 1L;

    CorruptInputException(String problem) {
        super(problem);
    }

    CorruptInputException(String problem, Throwable cause) {
        super(problem, cause);
    }
}
