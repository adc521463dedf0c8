package org.seedprint.registry.brapi;

import java.io.OutputStream;
import java.util.List;
import org.seedprint.matcher.profile.AlleleDictionary;
import org.seedprint.matcher.profile.Library;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams one page of an allele matrix as BrAPI JSON. The codes of the page are copied out of
 * the library row by row (each row's loci lie together), then each cell is written as the text
 * of its locus and code, made once per locus: no object, no lookup per cell.
 */
final class AlleleMatrixWriter {

    private final JsonMapper json;
    private final GenotypeFormat format;

    AlleleMatrixWriter(JsonMapper json, GenotypeFormat format) {
        this.json = json;
        this.format = format;
    }

    record DimensionPage(String dimension, int page, int pageSize, long totalCount, long totalPages) {}

    void write(Genotypes.Selection sel, Paging variants, Paging callSets, boolean genotypes, OutputStream out) {
        int nv = sel.loci().length, nc = sel.rows().length;
        int v0 = (int) Math.min(variants.offset(), nv), v1 = (int) Math.min(v0 + (long) variants.pageSize(), nv);
        int c0 = (int) Math.min(callSets.offset(), nc), c1 = (int) Math.min(c0 + (long) callSets.pageSize(), nc);
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeName("metadata");
            g.writePOJO(Brapi.single("").metadata());
            g.writeName("result");
            g.writeStartObject();
            g.writeName("pagination");
            g.writePOJO(List.of(
                    new DimensionPage(
                            AlleleMatrixController.VARIANTS,
                            variants.page(),
                            variants.pageSize(),
                            nv,
                            variants.totalPages(nv)),
                    new DimensionPage(
                            AlleleMatrixController.CALLSETS,
                            callSets.page(),
                            callSets.pageSize(),
                            nc,
                            callSets.totalPages(nc))));
            g.writeName("variantSetDbIds");
            g.writeStartArray();
            if (sel.library() != null) g.writeString(Long.toString(sel.panelId()));
            g.writeEndArray();
            g.writeName("callSetDbIds");
            g.writeStartArray();
            for (int c = c0; c < c1; c++) g.writeString(sel.callSetDbId(c));
            g.writeEndArray();
            g.writeName("variantDbIds");
            g.writeStartArray();
            for (int v = v0; v < v1; v++) g.writeString(sel.variantDbId(v));
            g.writeEndArray();
            g.writeName("dataMatrices");
            g.writeStartArray();
            if (genotypes && sel.library() != null) genotypeMatrix(g, sel, v0, v1, c0, c1);
            g.writeEndArray();
            g.writeBooleanProperty("expandHomozygotes", format.expandHomozygotes());
            g.writeStringProperty("sepPhased", format.sepPhased());
            g.writeStringProperty("sepUnphased", format.sepUnphased());
            g.writeStringProperty("unknownString", format.unknownString());
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private void genotypeMatrix(JsonGenerator g, Genotypes.Selection sel, int v0, int v1, int c0, int c1) {
        Library lib = sel.lib();
        AlleleDictionary d = lib.dictionary();
        int nv = v1 - v0, nc = c1 - c0;
        int[] loci = sel.loci(), rows = sel.rows();
        // codes[v * nc + c]: read each library row once, along its loci
        int[] codes = new int[nv * nc];
        for (int c = 0; c < nc; c++) {
            int row = rows[c0 + c];
            for (int v = 0; v < nv; v++) codes[v * nc + c] = lib.code(row, loci[v0 + v]);
        }
        g.writeStartObject();
        g.writeStringProperty("dataMatrixName", "Genotype");
        g.writeStringProperty("dataMatrixAbbreviation", "GT");
        g.writeStringProperty("dataType", "string");
        g.writeName("dataMatrix");
        g.writeStartArray();
        for (int v = 0; v < nv; v++) {
            String[] text = format.indices(d, loci[v0 + v]);
            g.writeStartArray();
            for (int c = 0; c < nc; c++) g.writeString(text[codes[v * nc + c]]);
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
