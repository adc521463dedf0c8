package org.seedprint.registry.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.platform.AfterCommit;
import org.seedprint.registry.varieties.Variety;
import org.seedprint.registry.varieties.VarietyChanged;
import org.seedprint.registry.varieties.VarietyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with PostgreSQL: a variety is (re)indexed only after its write
 * commits, so a rolled-back write leaves no ghost; the whole index is rebuilt on demand and at
 * start when missing.
 */
@Component
public class VarietyIndexer {

    private static final Logger log = LoggerFactory.getLogger(VarietyIndexer.class);

    private final SearchIndex index;
    private final VarietyService varieties;
    private final OrganisationService organisations;

    VarietyIndexer(SearchIndex index, VarietyService varieties, OrganisationService organisations) {
        this.index = index;
        this.varieties = varieties;
        this.organisations = organisations;
    }

    /** The transaction's changed ids are indexed together once it commits. */
    @EventListener
    void onChange(VarietyChanged e) {
        AfterCommit.collect(this, e.varietyId(), this::reindex);
    }

    private void reindex(Set<Long> ids) {
        List<Variety> found = varieties.findAll(ids);
        index.upsert(entries(found));
        Set<Long> gone = new HashSet<>(ids);
        found.forEach(v -> gone.remove(v.getId()));
        gone.forEach(id -> index.delete("variety", id));
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildWhenMissing() {
        if (index.wasMissing()) rebuild();
    }

    /** Drops the index and fills it again from the database; returns the number of varieties. */
    public long rebuild() {
        long t0 = System.nanoTime();
        index.deleteAll("variety");
        index.deleteAll("organisation");
        long n = 0;
        for (int p = 0; ; p++) {
            Page<Variety> page = varieties.list(PageRequest.of(p, 1000, Sort.by("id")));
            index.upsert(entries(page.getContent()));
            n += page.getNumberOfElements();
            if (!page.hasNext()) break;
        }
        for (int p = 0; ; p++) {
            Page<Organisation> page = organisations.list(PageRequest.of(p, 1000, Sort.by("id")));
            index.upsert(page.getContent().stream().map(VarietyIndexer::entry).toList());
            if (!page.hasNext()) break;
        }
        log.info("Search index rebuilt: {} varieties in {} ms", n, (System.nanoTime() - t0) / 1_000_000);
        return n;
    }

    private List<SearchIndex.Entry> entries(List<Variety> list) {
        List<SearchIndex.Entry> out = new ArrayList<>(list.size());
        for (Variety v : list) {
            List<String> names = new ArrayList<>();
            Stream.of(v.getDenominationLatin(), v.getDenominationChinese())
                    .filter(s -> s != null)
                    .forEach(names::add);
            names.addAll(v.getSynonyms());
            if (v.getAccessionNumber() != null) names.add(v.getAccessionNumber());
            List<String> breeder = new ArrayList<>();
            if (v.getOwnerOrganisationId() != null) {
                organisations.find(v.getOwnerOrganisationId()).ifPresent(o -> {
                    breeder.add(o.getNameLatin());
                    if (o.getNameChinese() != null) breeder.add(o.getNameChinese());
                    out.add(entry(o));
                });
            }
            out.add(new SearchIndex.Entry(
                    "variety",
                    v.getId(),
                    names,
                    breeder,
                    Map.of(
                            "crop",
                            v.getCropCode(),
                            "kind",
                            v.getKind().name(),
                            "status",
                            v.getStatus().name())));
        }
        return out;
    }

    private static SearchIndex.Entry entry(Organisation o) {
        List<String> names = new ArrayList<>(List.of(o.getNameLatin(), o.getCode()));
        if (o.getNameChinese() != null) names.add(o.getNameChinese());
        return new SearchIndex.Entry("organisation", o.getId(), names, List.of(), Map.of());
    }
}
