package org.seedprint.registry.brapi;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.PagingProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * BrAPI-Genotyping allele matrix: variants as rows, call sets as columns, one page in each
 * dimension, the genotype ("GT") of every cell as allele indices. Written straight from the
 * panel's in-memory library to the response ({@link AlleleMatrixWriter}).
 */
@RestController
@RequestMapping(Brapi.BASE)
class AlleleMatrixController {

    static final String VARIANTS = "VARIANTS";
    static final String CALLSETS = "CALLSETS";

    /** One dimension's paging, as AlleleMatrixSearchRequest.pagination gives it. */
    record Dimension(
            String dimension,
            @Nullable Integer page,
            @Nullable Integer pageSize) {}

    /** The filters of AlleleMatrixSearchRequest (and the GET's parameters) that the registry can answer. */
    record MatrixSearch(
            @Nullable List<Dimension> pagination,
            @Nullable Boolean preview,
            @Nullable List<String> dataMatrixAbbreviations,
            @Nullable List<String> dataMatrixNames,
            @Nullable List<String> positionRanges,
            @Nullable List<String> germplasmDbIds,
            @Nullable List<String> callSetDbIds,
            @Nullable List<String> variantDbIds,
            @Nullable List<String> variantSetDbIds,
            @Nullable Boolean expandHomozygotes,
            @Nullable String sepPhased,
            @Nullable String sepUnphased,
            @Nullable String unknownString) {

        Genotypes.Filter filter() {
            return new Genotypes.Filter(
                    Ids.list(variantSetDbIds),
                    Ids.list(variantDbIds),
                    Ids.list(callSetDbIds),
                    Ids.list(germplasmDbIds),
                    Ids.list(positionRanges));
        }

        GenotypeFormat format() {
            return GenotypeFormat.of(expandHomozygotes, unknownString, sepPhased, sepUnphased);
        }

        /** Whether the genotype matrix is asked for: no filter on matrices, or one naming GT / Genotype. */
        boolean wantsGenotypes() {
            if (preview != null && preview) return false;
            List<String> abbreviations = Ids.list(dataMatrixAbbreviations), names = Ids.list(dataMatrixNames);
            if (abbreviations.isEmpty() && names.isEmpty()) return true;
            return abbreviations.stream().anyMatch("GT"::equalsIgnoreCase)
                    || names.stream().anyMatch("Genotype"::equalsIgnoreCase);
        }

        Paging paging(String dimension, PagingProperties limits) {
            String prefix = dimension.equals(VARIANTS) ? "dimensionVariantPage" : "dimensionCallSetPage";
            Dimension d = pagination == null
                    ? null
                    : pagination.stream()
                            .filter(x -> dimension.equalsIgnoreCase(x.dimension()))
                            .findFirst()
                            .orElse(null);
            if (pagination != null) {
                for (Dimension x : pagination) {
                    if (!VARIANTS.equalsIgnoreCase(x.dimension()) && !CALLSETS.equalsIgnoreCase(x.dimension())) {
                        throw new Invalid(
                                "pagination",
                                "pagination dimension must be VARIANTS or CALLSETS, not '" + x.dimension() + "'");
                    }
                }
            }
            return Paging.of(
                    d == null ? null : d.page(), d == null ? null : d.pageSize(), prefix, prefix + "Size", limits);
        }

        MatrixSearch withPaging(Paging variants, Paging callSets) {
            return new MatrixSearch(
                    List.of(
                            new Dimension(VARIANTS, variants.page(), variants.pageSize()),
                            new Dimension(CALLSETS, callSets.page(), callSets.pageSize())),
                    preview,
                    dataMatrixAbbreviations,
                    dataMatrixNames,
                    positionRanges,
                    germplasmDbIds,
                    callSetDbIds,
                    variantDbIds,
                    variantSetDbIds,
                    expandHomozygotes,
                    sepPhased,
                    sepUnphased,
                    unknownString);
        }
    }

    private final Genotypes genotypes;
    private final Searches searches;
    private final PagingProperties limits;
    private final JsonMapper json;

    AlleleMatrixController(Genotypes genotypes, Searches searches, PagingProperties limits, JsonMapper json) {
        this.genotypes = genotypes;
        this.searches = searches;
        this.limits = limits;
        this.json = json;
    }

    @GetMapping(path = "/allelematrix", produces = MediaType.APPLICATION_JSON_VALUE)
    void matrix(
            @RequestParam Map<String, String> query,
            @RequestParam(required = false) @Nullable Boolean preview,
            @RequestParam(required = false) @Nullable String dataMatrixAbbreviations,
            @RequestParam(required = false) @Nullable String dataMatrixNames,
            @RequestParam(required = false) @Nullable String positionRange,
            @RequestParam(required = false) @Nullable String germplasmDbId,
            @RequestParam(required = false) @Nullable String callSetDbId,
            @RequestParam(required = false) @Nullable String variantDbId,
            @RequestParam(required = false) @Nullable String variantSetDbId,
            @RequestParam(required = false) @Nullable Boolean expandHomozygotes,
            @RequestParam(required = false) @Nullable String unknownString,
            @RequestParam(required = false) @Nullable String sepPhased,
            @RequestParam(required = false) @Nullable String sepUnphased,
            HttpServletResponse response)
            throws IOException {
        MatrixSearch s = new MatrixSearch(
                null,
                preview,
                Ids.split(dataMatrixAbbreviations),
                Ids.split(dataMatrixNames),
                Ids.one(positionRange),
                Ids.split(germplasmDbId),
                Ids.split(callSetDbId),
                Ids.split(variantDbId),
                Ids.split(variantSetDbId),
                expandHomozygotes,
                sepPhased,
                sepUnphased,
                unknownString);
        Paging variants = Paging.of(query, "dimensionVariantPage", "dimensionVariantPageSize", limits);
        Paging callSets = Paging.of(query, "dimensionCallSetPage", "dimensionCallSetPageSize", limits);
        write(s, variants, callSets, response);
    }

    @PostMapping(path = "/search/allelematrix", produces = MediaType.APPLICATION_JSON_VALUE)
    void search(@RequestBody MatrixSearch s, HttpServletResponse response) throws IOException {
        Paging variants = s.paging(VARIANTS, limits), callSets = s.paging(CALLSETS, limits);
        boolean fits = genotypes.select(
                s.filter(),
                sel -> variants.page() == 0
                        && callSets.page() == 0
                        && sel.loci().length <= variants.pageSize()
                        && sel.rows().length <= callSets.pageSize());
        if (fits) {
            write(s, variants, callSets, response);
            return;
        }
        var accepted = searches.save("allelematrix", s.withPaging(variants, callSets));
        response.setStatus(HttpStatus.ACCEPTED.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), accepted);
    }

    @GetMapping(path = "/search/allelematrix/{searchResultsDbId}", produces = MediaType.APPLICATION_JSON_VALUE)
    void searchResults(
            @PathVariable String searchResultsDbId,
            @RequestParam Map<String, String> query,
            HttpServletResponse response)
            throws IOException {
        MatrixSearch s = searches.load("allelematrix", searchResultsDbId, MatrixSearch.class);
        Paging variants = query.containsKey("dimensionVariantPage") || query.containsKey("dimensionVariantPageSize")
                ? Paging.of(query, "dimensionVariantPage", "dimensionVariantPageSize", limits)
                : s.paging(VARIANTS, limits);
        Paging callSets = query.containsKey("dimensionCallSetPage") || query.containsKey("dimensionCallSetPageSize")
                ? Paging.of(query, "dimensionCallSetPage", "dimensionCallSetPageSize", limits)
                : s.paging(CALLSETS, limits);
        write(s, variants, callSets, response);
    }

    private void write(MatrixSearch s, Paging variants, Paging callSets, HttpServletResponse response) {
        GenotypeFormat format = s.format();
        boolean genotypesToo = s.wantsGenotypes();
        genotypes.select(s.filter(), sel -> {
            response.setStatus(HttpStatus.OK.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            try {
                new AlleleMatrixWriter(json, format)
                        .write(sel, variants, callSets, genotypesToo, response.getOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Boolean.TRUE;
        });
    }
}
