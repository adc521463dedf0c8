package org.seedprint.registry.examination;

/** One thing wrong with a batch: the file, line (0: the file as a whole) and field at fault. */
record Problem(String file, long line, String field, String reason) {

    @Override
    public String toString() {
        return file + (line > 0 ? " line " + line : "") + " field " + field + ": " + reason;
    }
}
