package org.seedprint.registry.brapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.platform.PagingProperties;
import org.seedprint.registry.profiles.ProfileCatalogue;
import org.seedprint.registry.profiles.ProfileCatalogue.ProfileEntry;
import org.seedprint.registry.profiles.ProfileCatalogue.ProfileFilter;
import org.seedprint.registry.profiles.ProfileCatalogue.SampleEntry;
import org.seedprint.registry.profiles.ProfileCatalogue.SampleFilter;
import org.seedprint.registry.profiles.ProfileService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * BrAPI-Genotyping samples (the registry's physical seed samples) and call sets (one per stored
 * profile: one sample genotyped on one panel, so in exactly one variant set).
 */
@RestController
@RequestMapping(Brapi.BASE)
class CallSetController {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Sample(
            String sampleDbId,
            String sampleName,
            String sampleBarcode,
            String germplasmDbId,
            String sampleType,
            String sampleTimestamp,
            List<Object> externalReferences,
            Map<String, String> additionalInfo) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CallSet(
            String callSetDbId,
            String callSetName,
            String sampleDbId,
            List<String> variantSetDbIds,
            String created,
            String updated,
            List<Object> externalReferences,
            Map<String, String> additionalInfo) {}

    /** The filters of callSetsSearchRequest that the registry can answer. */
    record CallSetSearch(
            @Nullable List<String> callSetDbIds,
            @Nullable List<String> callSetNames,
            @Nullable List<String> sampleDbIds,
            @Nullable List<String> variantSetDbIds,
            @Nullable List<String> germplasmDbIds,
            @Nullable Integer page,
            @Nullable Integer pageSize) {

        ProfileFilter filter() {
            return new ProfileFilter(
                    Ids.filter(callSetDbIds),
                    Ids.filter(variantSetDbIds),
                    Ids.filter(sampleDbIds),
                    Ids.filter(germplasmDbIds),
                    Ids.list(callSetNames));
        }
    }

    private final ProfileCatalogue catalogue;
    private final ProfileService profiles;
    private final Searches searches;
    private final PagingProperties limits;

    CallSetController(ProfileCatalogue catalogue, ProfileService profiles, Searches searches, PagingProperties limits) {
        this.catalogue = catalogue;
        this.profiles = profiles;
        this.searches = searches;
        this.limits = limits;
    }

    @GetMapping("/samples")
    Brapi<Brapi.Data<Sample>> samples(
            @RequestParam Map<String, String> query,
            @RequestParam(required = false) @Nullable String sampleDbId,
            @RequestParam(required = false) @Nullable String sampleName,
            @RequestParam(required = false) @Nullable String germplasmDbId) {
        Paging paging = Paging.of(query, "page", "pageSize", limits);
        var found = catalogue.samples(
                new SampleFilter(
                        Ids.filter(Ids.split(sampleDbId)), Ids.filter(Ids.split(germplasmDbId)), Ids.one(sampleName)),
                paging.offset(),
                paging.pageSize());
        return Brapi.page(found.rows().stream().map(CallSetController::sample).toList(), paging, found.total());
    }

    @GetMapping("/samples/{sampleDbId}")
    Brapi<Sample> sample(@PathVariable String sampleDbId) {
        List<Long> id = Ids.filter(List.of(sampleDbId));
        var found = id.isEmpty()
                ? List.<SampleEntry>of()
                : catalogue
                        .samples(new SampleFilter(id, List.of(), List.of()), 0, 1)
                        .rows();
        return Brapi.single(sample(found.stream().findFirst().orElseThrow(() -> new NotFound("sample " + sampleDbId))));
    }

    @GetMapping("/callsets")
    Brapi<Brapi.Data<CallSet>> callSets(
            @RequestParam Map<String, String> query,
            @RequestParam(required = false) @Nullable String callSetDbId,
            @RequestParam(required = false) @Nullable String callSetName,
            @RequestParam(required = false) @Nullable String variantSetDbId,
            @RequestParam(required = false) @Nullable String sampleDbId,
            @RequestParam(required = false) @Nullable String germplasmDbId) {
        CallSetSearch s = new CallSetSearch(
                Ids.split(callSetDbId),
                Ids.one(callSetName),
                Ids.split(sampleDbId),
                Ids.split(variantSetDbId),
                Ids.split(germplasmDbId),
                null,
                null);
        return callSets(s, Paging.of(query, "page", "pageSize", limits));
    }

    @GetMapping("/callsets/{callSetDbId}")
    Brapi<CallSet> callSet(@PathVariable String callSetDbId) {
        return Brapi.single(entry(callSetDbId)
                .map(CallSetController::callSet)
                .orElseThrow(() -> new NotFound("call set " + callSetDbId)));
    }

    @GetMapping("/variantsets/{variantSetDbId}/callsets")
    Brapi<Brapi.Data<CallSet>> callSetsOfVariantSet(
            @PathVariable String variantSetDbId,
            @RequestParam Map<String, String> query,
            @RequestParam(required = false) @Nullable String callSetDbId,
            @RequestParam(required = false) @Nullable String callSetName) {
        if (Ids.number(variantSetDbId).flatMap(profiles::panel).isEmpty()) {
            throw new NotFound("variant set " + variantSetDbId);
        }
        CallSetSearch s = new CallSetSearch(
                Ids.split(callSetDbId),
                Ids.one(callSetName),
                List.of(),
                List.of(variantSetDbId),
                List.of(),
                null,
                null);
        return callSets(s, Paging.of(query, "page", "pageSize", limits));
    }

    @PostMapping("/search/callsets")
    ResponseEntity<Brapi<?>> search(@RequestBody CallSetSearch s) {
        Paging paging = Paging.of(s.page(), s.pageSize(), "page", "pageSize", limits);
        Brapi<Brapi.Data<CallSet>> first = callSets(s, paging);
        Brapi.Pagination p = first.metadata().pagination();
        return searches.answer(
                "callsets", s, paging.page() == 0 && p != null && p.totalCount() <= paging.pageSize(), () -> first);
    }

    @GetMapping("/search/callsets/{searchResultsDbId}")
    Brapi<Brapi.Data<CallSet>> searchResults(
            @PathVariable String searchResultsDbId, @RequestParam Map<String, String> query) {
        return callSets(
                searches.load("callsets", searchResultsDbId, CallSetSearch.class),
                Paging.of(query, "page", "pageSize", limits));
    }

    /** The profile behind a call set id, if it is one. */
    Optional<ProfileEntry> entry(String callSetDbId) {
        List<Long> id = Ids.filter(List.of(callSetDbId));
        if (id.isEmpty()) return Optional.empty();
        return catalogue
                .profiles(new ProfileFilter(id, List.of(), List.of(), List.of(), List.of()), 0, 1)
                .rows()
                .stream()
                .findFirst();
    }

    private Brapi<Brapi.Data<CallSet>> callSets(CallSetSearch s, Paging paging) {
        var found = catalogue.profiles(s.filter(), paging.offset(), paging.pageSize());
        return Brapi.page(found.rows().stream().map(CallSetController::callSet).toList(), paging, found.total());
    }

    private static Sample sample(SampleEntry s) {
        Map<String, String> info = new LinkedHashMap<>();
        if (s.seedLot() != null) info.put("seedLot", s.seedLot());
        if (s.storagePlace() != null) info.put("storagePlace", s.storagePlace());
        return new Sample(
                Long.toString(s.sampleId()),
                s.barcode(),
                s.barcode(),
                Long.toString(s.varietyId()),
                "seed",
                s.createdAt().toString(),
                List.of(),
                info);
    }

    private static CallSet callSet(ProfileEntry p) {
        return new CallSet(
                Long.toString(p.profileId()),
                p.barcode(),
                Long.toString(p.sampleId()),
                List.of(Long.toString(p.panelId())),
                p.createdAt().toString(),
                p.createdAt().toString(),
                List.of(),
                Map.of("germplasmDbId", Long.toString(p.varietyId())));
    }
}
