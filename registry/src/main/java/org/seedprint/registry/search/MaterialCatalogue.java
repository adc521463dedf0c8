package org.seedprint.registry.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The index of material offered for sharing (the sharing area's catalogue): the same analysis of
 * Chinese and Latin names as varieties, filtered by crop, use and owner organisation.
 */
@Service
public class MaterialCatalogue {

    static final String TYPE = "offer";

    /**
     * One offer as the index sees it: only what the catalogue shows the public.
     *
     * @param names      the offer's title and, for open material, its passport names
     * @param ownerNames the owner organisation's names (a search by breeder finds its offers)
     */
    public record Item(
            long id, List<String> names, List<String> ownerNames, String crop, Set<String> uses, long ownerId) {}

    public record Filters(
            @Nullable String crop,
            @Nullable String use,
            @Nullable Long owner) {}

    private final SearchIndex index;
    private final VarietySearch search;

    MaterialCatalogue(SearchIndex index, VarietySearch search) {
        this.index = index;
        this.search = search;
    }

    /** Adds or replaces these offers. */
    public void put(List<Item> items) {
        index.upsert(items.stream()
                .map(i -> new SearchIndex.Entry(
                        TYPE,
                        i.id(),
                        i.names(),
                        i.ownerNames(),
                        Map.of("crop", i.crop(), "owner", String.valueOf(i.ownerId())),
                        Map.of("use", List.copyOf(i.uses()))))
                .toList());
    }

    public void remove(long id) {
        index.delete(TYPE, id);
    }

    /** Replaces every offer in the index (at start, so that the index follows the database). */
    public void replaceAll(List<Item> items) {
        index.deleteAll(TYPE);
        put(items);
    }

    /** Offers matching the text (all when blank) and the filters, best first (by title when no text). */
    public VarietySearch.Result find(@Nullable String text, Filters f, Pageable page) {
        BooleanQuery.Builder b =
                new BooleanQuery.Builder().add(new TermQuery(new Term(SearchIndex.TYPE, TYPE)), Occur.FILTER);
        if (f.crop() != null) b.add(new TermQuery(new Term("crop", f.crop())), Occur.FILTER);
        if (f.use() != null) b.add(new TermQuery(new Term("use", f.use())), Occur.FILTER);
        if (f.owner() != null) b.add(new TermQuery(new Term("owner", String.valueOf(f.owner()))), Occur.FILTER);
        boolean hasText = text != null && !text.isBlank();
        b.add(text != null && hasText ? search.nameQuery("q", text, true) : MatchAllDocsQuery.INSTANCE, Occur.MUST);
        SearchIndex.Hits h = index.search(b.build(), hasText, page);
        return new VarietySearch.Result(h.ids(), h.total(), h.facets());
    }
}
