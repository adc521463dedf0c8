package org.seedprint.registry.brapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.profile.AlleleDictionary;
import org.seedprint.matcher.profile.Library;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.platform.PagingProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * BrAPI-Genotyping calls: one per call set and variant of a variant set, call set by call set.
 * {@code genotype.values} holds the allele indices (into the variant's referenceBases and
 * alternateBases), {@code genotypeValue} the haplotype strings themselves.
 */
@RestController
@RequestMapping(Brapi.BASE)
class CallsController {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Call(
            String callSetDbId,
            String variantDbId,
            String variantName,
            String variantSetDbId,
            String genotypeValue,
            ListValue genotype,
            List<Object> genotypeMetadata,
            Map<String, String> additionalInfo) {}

    record ListValue(List<Integer> values) {}

    /** The filters of CallsSearchRequest that the registry can answer. */
    record CallSearch(
            @Nullable List<String> callSetDbIds,
            @Nullable List<String> variantDbIds,
            @Nullable List<String> variantSetDbIds,
            @Nullable Boolean expandHomozygotes,
            @Nullable String sepPhased,
            @Nullable String sepUnphased,
            @Nullable String unknownString,
            @Nullable Integer page,
            @Nullable Integer pageSize) {

        Genotypes.Filter filter() {
            return new Genotypes.Filter(
                    Ids.list(variantSetDbIds), Ids.list(variantDbIds), Ids.list(callSetDbIds), List.of(), List.of());
        }

        GenotypeFormat format() {
            return GenotypeFormat.of(expandHomozygotes, unknownString, sepPhased, sepUnphased);
        }
    }

    private final Genotypes genotypes;
    private final CallSetController callSets;
    private final Searches searches;
    private final PagingProperties limits;

    CallsController(Genotypes genotypes, CallSetController callSets, Searches searches, PagingProperties limits) {
        this.genotypes = genotypes;
        this.callSets = callSets;
        this.searches = searches;
        this.limits = limits;
    }

    @GetMapping("/calls")
    Brapi<Brapi.Data<Call>> calls(
            @RequestParam Map<String, String> query,
            @RequestParam(required = false) @Nullable String callSetDbId,
            @RequestParam(required = false) @Nullable String variantDbId,
            @RequestParam(required = false) @Nullable String variantSetDbId,
            @RequestParam(required = false) @Nullable Boolean expandHomozygotes,
            @RequestParam(required = false) @Nullable String unknownString,
            @RequestParam(required = false) @Nullable String sepPhased,
            @RequestParam(required = false) @Nullable String sepUnphased) {
        return calls(
                new CallSearch(
                        Ids.split(callSetDbId),
                        Ids.split(variantDbId),
                        Ids.split(variantSetDbId),
                        expandHomozygotes,
                        sepPhased,
                        sepUnphased,
                        unknownString,
                        null,
                        null),
                Paging.of(query, "page", "pageSize", limits));
    }

    @GetMapping("/callsets/{callSetDbId}/calls")
    Brapi<Brapi.Data<Call>> callsOfCallSet(
            @PathVariable String callSetDbId,
            @RequestParam Map<String, String> query,
            @RequestParam(required = false) @Nullable Boolean expandHomozygotes,
            @RequestParam(required = false) @Nullable String unknownString,
            @RequestParam(required = false) @Nullable String sepPhased,
            @RequestParam(required = false) @Nullable String sepUnphased) {
        if (callSets.entry(callSetDbId).isEmpty()) throw new NotFound("call set " + callSetDbId);
        return calls(
                new CallSearch(
                        List.of(callSetDbId),
                        null,
                        null,
                        expandHomozygotes,
                        sepPhased,
                        sepUnphased,
                        unknownString,
                        null,
                        null),
                Paging.of(query, "page", "pageSize", limits));
    }

    @GetMapping("/variants/{variantDbId}/calls")
    Brapi<Brapi.Data<Call>> callsOfVariant(
            @PathVariable String variantDbId,
            @RequestParam Map<String, String> query,
            @RequestParam(required = false) @Nullable Boolean expandHomozygotes,
            @RequestParam(required = false) @Nullable String unknownString,
            @RequestParam(required = false) @Nullable String sepPhased,
            @RequestParam(required = false) @Nullable String sepUnphased) {
        Variants.Ref ref = Variants.parse(variantDbId)
                .filter(r -> genotypes
                        .panel(r.panelId())
                        .filter(p -> r.locus() < p.getLocusCount())
                        .isPresent())
                .orElseThrow(() -> new NotFound("variant " + variantDbId));
        return calls(
                new CallSearch(
                        null,
                        List.of(variantDbId),
                        List.of(Long.toString(ref.panelId())),
                        expandHomozygotes,
                        sepPhased,
                        sepUnphased,
                        unknownString,
                        null,
                        null),
                Paging.of(query, "page", "pageSize", limits));
    }

    @GetMapping("/variantsets/{variantSetDbId}/calls")
    Brapi<Brapi.Data<Call>> callsOfVariantSet(
            @PathVariable String variantSetDbId,
            @RequestParam Map<String, String> query,
            @RequestParam(required = false) @Nullable Boolean expandHomozygotes,
            @RequestParam(required = false) @Nullable String unknownString,
            @RequestParam(required = false) @Nullable String sepPhased,
            @RequestParam(required = false) @Nullable String sepUnphased) {
        if (Ids.number(variantSetDbId).flatMap(genotypes::panel).isEmpty()) {
            throw new NotFound("variant set " + variantSetDbId);
        }
        return calls(
                new CallSearch(
                        null,
                        null,
                        List.of(variantSetDbId),
                        expandHomozygotes,
                        sepPhased,
                        sepUnphased,
                        unknownString,
                        null,
                        null),
                Paging.of(query, "page", "pageSize", limits));
    }

    @PostMapping("/search/calls")
    ResponseEntity<Brapi<?>> search(@RequestBody CallSearch s) {
        Paging paging = Paging.of(s.page(), s.pageSize(), "page", "pageSize", limits);
        Brapi<Brapi.Data<Call>> first = calls(s, paging);
        Brapi.Pagination p = first.metadata().pagination();
        return searches.answer(
                "calls", s, paging.page() == 0 && p != null && p.totalCount() <= paging.pageSize(), () -> first);
    }

    @GetMapping("/search/calls/{searchResultsDbId}")
    Brapi<Brapi.Data<Call>> searchResults(
            @PathVariable String searchResultsDbId, @RequestParam Map<String, String> query) {
        return calls(
                searches.load("calls", searchResultsDbId, CallSearch.class),
                Paging.of(query, "page", "pageSize", limits));
    }

    /** One page of the selection's calls, call set by call set, variants in panel order within each. */
    private Brapi<Brapi.Data<Call>> calls(CallSearch s, Paging paging) {
        GenotypeFormat format = s.format();
        return genotypes.select(s.filter(), sel -> {
            int nl = sel.loci().length;
            long total = (long) sel.rows().length * nl;
            List<Call> out = new ArrayList<>();
            if (total == 0) return Brapi.page(out, paging, total);
            Library lib = sel.lib();
            AlleleDictionary d = lib.dictionary();
            String set = Long.toString(sel.panelId());
            for (long k = paging.offset(); k < Math.min(total, paging.offset() + paging.pageSize()); k++) {
                int row = sel.rows()[(int) (k / nl)];
                int locus = sel.loci()[(int) (k % nl)];
                int code = lib.code(row, locus);
                List<Integer> indices = new ArrayList<>();
                for (int a : d.alleleIds(locus, code)) indices.add(a);
                if (format.expandHomozygotes() && indices.size() == 1) indices.add(indices.get(0));
                out.add(new Call(
                        lib.id(row),
                        Variants.id(sel.panelId(), locus),
                        lib.panel().loci().get(locus).id(),
                        set,
                        format.haplotypes(d, locus, code),
                        new ListValue(indices),
                        List.of(),
                        Map.of("GT", format.indices(d, locus)[code])));
            }
            return Brapi.page(out, paging, total);
        });
    }
}
