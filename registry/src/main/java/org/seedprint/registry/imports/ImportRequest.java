package org.seedprint.registry.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one import brings, as local files. Varieties come from a variety CSV or an MCPD CSV;
 * genotypes from TSV, VCF or HapMap files over one panel: a stored panel, a BED file, or
 * windows derived from a HapMap file. {@code encoding} is that of the variety and MCPD CSVs
 * (null: detected, see {@code CsvEncoding}).
 */
public record ImportRequest(
        String cropCode,
        @Nullable Part varieties,
        @Nullable Part mcpd,
        List<Part> genotypes,
        @Nullable String genotypeFormat,
        @Nullable Long panelId,
        @Nullable Part panelBed,
        @Nullable String panelName,
        @Nullable String panelVersion,
        @Nullable Integer windowMaxSpan,
        @Nullable Integer windowMinSnps,
        @Nullable String lab,
        @Nullable String method,
        @Nullable LocalDate assayedOn,
        @Nullable String encoding) {

    /** A file of the upload under the name the client gave it. */
    public record Part(String name, Path file) {}

    public ImportRequest {
        genotypes = genotypes == null ? List.of() : List.copyOf(genotypes);
    }
}
