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
import org.apache.lucene.index.DirectoryReader;
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
            for (Entry e : entries) writer.updateDocument(new Term(UID, e.type() + ":" + e.id()), document(e));
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
            d.add(new StringField(NameAnalysis.KEY, NameAnalysis.key(name), Field.Store.NO));
            d.add(new StoredField("name", name));
        }
        for (String b : e.breederNames()) {
            d.add(new TextField(NameAnalysis.hasHan(b) ? NameAnalysis.CJK : NameAnalysis.BREEDER, b, Field.Store.NO));
        }
        String sortName = e.names().isEmpty() ? "" : NameAnalysis.key(e.names().get(0));
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
        DefaultSortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(s.getIndexReader(), facetsConfig);
        } catch (IllegalArgumentException noFacetsYet) {
            return out;
        }
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

    @Override
    public void destroy() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
