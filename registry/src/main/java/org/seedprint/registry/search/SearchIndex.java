package org.seedprint.registry.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** The Lucene index on disk: one writer, near-real-time searchers, facets by crop, kind, status. */
@Component
class SearchIndex implements DisposableBean {

    static final String UID = "uid";
    static final String TYPE = "type";
    static final String ID = "id";
    static final String SORT = "sort";
    static final List<String> FACETS = List.of("crop", "kind", "status", "use", "owner");

    /** Names sort by their first characters: enough to order, and never over Lucene's term limit. */
    private static final int SORT_PREFIX = 200;

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    /**
     * What an indexer hands over: the names in any script, the facet values, and facets that take
     * several values (the uses of an offer).
     */
    record Entry(
            String type,
            long id,
            List<String> names,
            List<String> breederNames,
            Map<String, String> facets,
            Map<String, List<String>> multiFacets) {

        Entry(String type, long id, List<String> names, List<String> breederNames, Map<String, String> facets) {
            this(type, id, names, breederNames, facets, Map.of());
        }
    }

    record Hits(List<Long> ids, long total, Map<String, Map<String, Integer>> facets) {}

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final boolean createdEmpty;

    /**
     * The facet state of the current reader: Lucene builds it by walking every facet value of
     * every segment, so it is made once per reader, not once per search.
     */
    private volatile @Nullable FacetState facetState;

    private record FacetState(IndexReader reader, @Nullable SortedSetDocValuesReaderState state) {}

    SearchIndex(SearchProperties props) throws IOException {
        facetsConfig.setMultiValued("use", true);
        Files.createDirectories(props.directory());
        this.directory = FSDirectory.open(props.directory());
        this.createdEmpty = !DirectoryReader.indexExists(directory);
        this.writer = new IndexWriter(
                directory,
                new IndexWriterConfig(NameAnalysis.perField())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        writer.commit();
        this.searchers = new SearcherManager(writer, null);
    }

    /** Whether the index did not exist when the application started. */
    boolean wasMissing() {
        return createdEmpty;
    }

    void upsert(List<Entry> entries) {
        try {
            for (Entry e : entries) {
                Term uid = new Term(UID, e.type() + ":" + e.id());
                try {
                    writer.updateDocument(uid, document(e));
                } catch (IllegalArgumentException refused) {
                    // Lucene refuses a document (e.g. a term over 32,766 bytes): that one entry is left
                    // out, never the batch or a rebuild (the API's length limits keep such names out).
                    log.error("not indexed: {} {}: {}", e.type(), e.id(), refused.getMessage());
                    writer.deleteDocuments(uid);
                }
            }
            publish();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    void delete(String type, long id) {
        try {
            writer.deleteDocuments(new Term(UID, type + ":" + id));
            publish();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Drops every document of one type (a rebuild of one indexer leaves the others' documents). */
    void deleteAll(String type) {
        try {
            writer.deleteDocuments(new Term(TYPE, type));
            publish();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void publish() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private Document document(Entry e) throws IOException {
        Document d = new Document();
        d.add(new StringField(UID, e.type() + ":" + e.id(), Field.Store.NO));
        d.add(new StringField(TYPE, e.type(), Field.Store.NO));
        d.add(new StoredField(ID, e.id()));
        for (String name : e.names()) {
            if (NameAnalysis.hasHan(name)) {
                d.add(new TextField(NameAnalysis.ZH, name, Field.Store.NO));
                d.add(new TextField(NameAnalysis.CJK, name, Field.Store.NO));
            } else {
                d.add(new TextField(NameAnalysis.LATIN, name, Field.Store.NO));
            }
            String key = NameAnalysis.key(name);
            if (UnicodeUtil.calcUTF16toUTF8Length(key, 0, key.length()) <= IndexWriter.MAX_TERM_LENGTH) {
                d.add(new StringField(NameAnalysis.KEY, key, Field.Store.NO));
            }
            d.add(new StoredField("name", name));
        }
        for (String b : e.breederNames()) {
            d.add(new TextField(NameAnalysis.hasHan(b) ? NameAnalysis.CJK : NameAnalysis.BREEDER, b, Field.Store.NO));
        }
        String sortName = e.names().isEmpty() ? "" : NameAnalysis.key(e.names().get(0));
        if (sortName.length() > SORT_PREFIX) sortName = sortName.substring(0, SORT_PREFIX);
        d.add(new SortedDocValuesField(SORT, new BytesRef(sortName)));
        e.facets().forEach((k, v) -> {
            d.add(new StringField(k, v, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(k, v));
        });
        e.multiFacets()
                .forEach((k, values) -> values.forEach(v -> {
                    d.add(new StringField(k, v, Field.Store.NO));
                    d.add(new SortedSetDocValuesFacetField(k, v));
                }));
        return e.facets().isEmpty() && e.multiFacets().isEmpty() ? d : facetsConfig.build(d);
    }

    /** One page of ids matching the query (by score when {@code byScore}, else by name), with facet counts. */
    Hits search(Query query, boolean byScore, Pageable page) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                int from = Math.toIntExact(page.getOffset());
                int n = Math.max(1, from + page.getPageSize());
                Sort sort = byScore ? Sort.RELEVANCE : new Sort(new SortField(SORT, SortField.Type.STRING));
                FacetsCollectorManager.FacetsResult r =
                        FacetsCollectorManager.search(s, query, n, sort, new FacetsCollectorManager());
                TopDocs top = r.topDocs();
                List<Long> ids = new ArrayList<>();
                var stored = s.storedFields();
                for (int i = from; i < top.scoreDocs.length; i++) {
                    ScoreDoc sd = top.scoreDocs[i];
                    ids.add(stored.document(sd.doc).getField(ID).numericValue().longValue());
                }
                return new Hits(ids, top.totalHits.value(), facets(s, r));
            } finally {
                searchers.release(s);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Ids and stored names of the best matches, for the denomination check. */
    List<Map.Entry<Long, List<String>>> candidates(Query query, int n) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                List<Map.Entry<Long, List<String>>> out = new ArrayList<>();
                var stored = s.storedFields();
                for (ScoreDoc sd : s.search(query, n).scoreDocs) {
                    Document d = stored.document(sd.doc);
                    out.add(Map.entry(d.getField(ID).numericValue().longValue(), List.of(d.getValues("name"))));
                }
                return out;
            } finally {
                searchers.release(s);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private Map<String, Map<String, Integer>> facets(IndexSearcher s, FacetsCollectorManager.FacetsResult r)
            throws IOException {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = facetState(s.getIndexReader());
        if (state == null) return out;
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, r.facetsCollector());
        for (String dim : FACETS) {
            Map<String, Integer> values = new LinkedHashMap<>();
            FacetResult fr;
            try {
                fr = counts.getTopChildren(100, dim);
            } catch (IllegalArgumentException absent) {
                fr = null;
            }
            if (fr != null) for (LabelAndValue lv : fr.labelValues) values.put(lv.label, lv.value.intValue());
            out.put(dim, values);
        }
        return out;
    }

    @SuppressWarnings("ReferenceEquality") // the state belongs to this very reader instance
    private @Nullable SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) return current.state();
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        } catch (IllegalArgumentException noFacetsYet) {
            state = null;
        }
        facetState = new FacetState(reader, state);
        return state;
    }

    @Override
    public void destroy() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
