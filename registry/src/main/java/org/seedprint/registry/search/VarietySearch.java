package org.seedprint.registry.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.varieties.DenominationCheck;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Finding varieties and organisations by name in either script, with prefix and typo tolerance,
 * and the UPOV similar-denomination check.
 */
@Service
public class VarietySearch implements DenominationCheck {

    /** The longest search text, in characters: names are far shorter. */
    public static final int MAX_TEXT_LENGTH = 200;

    /**
     * The most words a search text may have: each becomes up to about 100 Lucene clauses (exact,
     * prefix, typo expansions, in names and breeders), and Lucene stops at 1,024.
     */
    public static final int MAX_WORDS = 8;

    private final SearchIndex index;
    private final Analyzer analyzer = NameAnalysis.perField();

    VarietySearch(SearchIndex index) {
        this.index = index;
    }

    public record Filters(
            @Nullable String crop,
            @Nullable String kind,
            @Nullable String status) {}

    public record Result(List<Long> ids, long total, Map<String, Map<String, Integer>> facets) {}

    /** Varieties matching the text (all when blank) and the filters, best first (by name when no text). */
    public Result varieties(@Nullable String text, Filters f, Pageable page) {
        BooleanQuery.Builder b =
                new BooleanQuery.Builder().add(new TermQuery(new Term(SearchIndex.TYPE, "variety")), Occur.FILTER);
        if (f.crop() != null) b.add(new TermQuery(new Term("crop", f.crop())), Occur.FILTER);
        if (f.kind() != null) b.add(new TermQuery(new Term("kind", f.kind())), Occur.FILTER);
        if (f.status() != null) b.add(new TermQuery(new Term("status", f.status())), Occur.FILTER);
        boolean hasText = text != null && !text.isBlank();
        b.add(text != null && hasText ? nameQuery("q", text, true) : MatchAllDocsQuery.INSTANCE, Occur.MUST);
        SearchIndex.Hits h = search("q", b.build(), hasText, page);
        return new Result(h.ids(), h.total(), h.facets());
    }

    /** Organisations (breeders, institutes) by name or code. */
    public Result organisations(@Nullable String text, Pageable page) {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchIndex.TYPE, "organisation")), Occur.FILTER)
                .add(
                        text == null || text.isBlank() ? MatchAllDocsQuery.INSTANCE : nameQuery("q", text, false),
                        Occur.MUST)
                .build();
        SearchIndex.Hits h = search("q", q, text != null && !text.isBlank(), page);
        return new Result(h.ids(), h.total(), Map.of());
    }

    private SearchIndex.Hits search(String field, Query q, boolean byScore, Pageable page) {
        try {
            return index.search(q, byScore, page);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new Invalid(field, field + " matches too many names at once; use fewer or longer words");
        }
    }

    /**
     * Name query: every Latin word must match exactly, as a prefix or within a small edit
     * distance; Chinese matches by bigrams or SmartCN words; the compact key catches spacing
     * and punctuation differences.
     */
    Query nameQuery(String field, String text, boolean withBreeder) {
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new Invalid(
                    field,
                    field + " is " + text.length() + " characters long; at most " + MAX_TEXT_LENGTH + " are searched");
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        List<String> latin = NameAnalysis.terms(analyzer, NameAnalysis.LATIN, text);
        if (latin.size() > MAX_WORDS) {
            throw new Invalid(field, field + " has " + latin.size() + " words; at most " + MAX_WORDS + " are searched");
        }
        if (!latin.isEmpty() && !NameAnalysis.hasHan(text)) {
            any.add(allOf(NameAnalysis.LATIN, latin, true), Occur.SHOULD);
            if (withBreeder) any.add(new BoostQuery(allOf(NameAnalysis.BREEDER, latin, true), 0.5f), Occur.SHOULD);
        }
        if (NameAnalysis.hasHan(text)) {
            List<String> bigrams = NameAnalysis.terms(analyzer, NameAnalysis.CJK, text);
            if (!bigrams.isEmpty()) any.add(new BoostQuery(allOf(NameAnalysis.CJK, bigrams, false), 3f), Occur.SHOULD);
            List<String> words = NameAnalysis.terms(analyzer, NameAnalysis.ZH, text);
            if (!words.isEmpty()) any.add(new BoostQuery(allOf(NameAnalysis.ZH, words, false), 2f), Occur.SHOULD);
        }
        String key = NameAnalysis.key(text);
        if (!key.isEmpty()) {
            Term t = new Term(NameAnalysis.KEY, key);
            any.add(new BoostQuery(new TermQuery(t), 8f), Occur.SHOULD);
            any.add(new BoostQuery(new PrefixQuery(t), 3f), Occur.SHOULD);
            if (key.length() >= 5) any.add(new FuzzyQuery(t, 2), Occur.SHOULD);
        }
        return any.build();
    }

    private static Query allOf(String field, List<String> terms, boolean tolerant) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : terms) {
            Term t = new Term(field, term);
            if (!tolerant) {
                all.add(new TermQuery(t), Occur.MUST);
                continue;
            }
            BooleanQuery.Builder one = new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(t), 4f), Occur.SHOULD)
                    .add(new BoostQuery(new PrefixQuery(t), 2f), Occur.SHOULD);
            int edits = term.length() >= 6 ? 2 : term.length() >= 4 ? 1 : 0;
            if (edits > 0) one.add(new FuzzyQuery(t, edits), Occur.SHOULD);
            all.add(one.build(), Occur.MUST);
        }
        return all.build();
    }

    /**
     * Names of the same crop a reader could confuse with the new one: the same letters and
     * digits apart from at most one character, or (for names of 6+ characters) two.
     */
    @Override
    public List<SimilarName> similar(
            String cropCode, @Nullable String latin, @Nullable String chinese, @Nullable Long selfId) {
        Map<Long, SimilarName> out = new LinkedHashMap<>();
        String[] names = {latin, chinese};
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            if (name == null || name.isBlank()) continue;
            String key = NameAnalysis.key(name);
            Query q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(SearchIndex.TYPE, "variety")), Occur.FILTER)
                    .add(new TermQuery(new Term("crop", cropCode)), Occur.FILTER)
                    .add(nameQuery(i == 0 ? "latin" : "chinese", name, false), Occur.MUST)
                    .build();
            for (Map.Entry<Long, List<String>> c : index.candidates(q, 50)) {
                if (c.getKey().equals(selfId) || out.containsKey(c.getKey())) continue;
                for (String other : c.getValue()) {
                    String otherKey = NameAnalysis.key(other);
                    int d = NameAnalysis.distance(key, otherKey);
                    int allowed = Math.min(key.length(), otherKey.length()) >= 6 ? 2 : 1;
                    if (d <= allowed) {
                        out.put(
                                c.getKey(),
                                new SimilarName(
                                        c.getKey(),
                                        other,
                                        d == 0
                                                ? "same letters and digits as '" + name + "'"
                                                : "differs from '" + name + "' by " + d + " character"
                                                        + (d > 1 ? "s" : "")));
                        break;
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }
}
