package org.seedprint.registry.platform;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Why an uploaded file cannot be read at all, told about the file as uploaded, never the server's copy. */
public final class UnreadableFile {

    private UnreadableFile() {}

    /** Opens an uploaded file's bytes. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /**
     * Refuses a gzip (or BGZF) upload that does not decompress to its end, before anything is
     * read from it or kept: {@code Invalid} naming the form field and the file as uploaded.
     */
    public static void checkCompressed(String field, String name, Source source) {
        try (InputStream in = new BufferedInputStream(source.open())) {
            in.mark(2);
            if (in.read() != 0x1f || in.read() != 0x8b) return;
            in.reset();
            try (InputStream gz = new GZIPInputStream(in, 1 << 16)) {
                gz.transferTo(OutputStream.nullOutputStream());
            }
        } catch (IOException e) {
            throw new DomainException.Invalid(field, why(name, Path.of(name), e));
        }
    }

    /** E.g. "cannot read lab.vcf.gz: the compressed data is damaged (invalid stored block lengths)". */
    public static String why(String name, Path copy, IOException e) {
        String message = String.valueOf(e.getMessage()).replace(copy.toString(), name);
        String why = e instanceof EOFException
                ? "the file ends early (cut short?)"
                : e instanceof ZipException ? "the compressed data is damaged (" + message + ")" : message;
        return "cannot read " + name + ": " + why;
    }
}
