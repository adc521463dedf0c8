package org.seedprint.matcher.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.IntUnaryOperator;
import org.seedprint.matcher.profile.AlleleDictionary;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.Profile;

/**
 * Similarity searches over one library: top-k, threshold search, all-vs-all, explain. The
 * library is split across threads, each comparing rows with a {@link Kernel}. Threshold search
 * and all-vs-all go block by block (256 loci) and drop a pair as soon as it cannot reach the
 * threshold any more: after {@code I} identical of {@code C} compared, with at most {@code R}
 * loci left that the query calls, the best reachable similarity is {@code (I+R)/(C+R)}.
 * Dropping only hopeless pairs keeps every result exact.
 */
public final class Engine implements AutoCloseable {

    static final int BLOCK = 256;
    private static final int TILE_BYTES = 1 << 17;

    private final Library lib;
    private final Kernel kernel;
    private final int threads;
    private final ForkJoinPool pool;
    private final int n;
    private final int m;
    private final int block;
    private final int blocks;
    private final byte[] narrow;
    private final short[] wide;

    /** Best kernel, all cores. */
    public Engine(Library library) {
        this(library, Kernels.best(), Runtime.getRuntime().availableProcessors());
    }

    public Engine(Library library, Kernel kernel, int threads) {
        this(library, kernel, threads, BLOCK);
    }

    /** With another block size: tests use small blocks so that early stops happen often. */
    Engine(Library library, Kernel kernel, int threads, int block) {
        if (block < 1) throw new IllegalArgumentException("block must be >= 1");
        this.block = block;
        this.lib = Objects.requireNonNull(library, "library");
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
        this.threads = threads;
        this.pool = threads > 1 ? new ForkJoinPool(threads) : null;
        this.n = library.size();
        this.m = library.locusCount();
        this.blocks = (m + block - 1) / block;
        this.narrow = library.narrowMatrix();
        this.wide = library.wideMatrix();
    }

    public Library library() {
        return lib;
    }

    public Kernel kernel() {
        return kernel;
    }

    public int threads() {
        return threads;
    }

    /** Counts of two library profiles. */
    public Comparison compare(int a, int b) {
        long p = narrow != null
                ? kernel.count(narrow, a * m, narrow, b * m, m)
                : kernel.count(wide, a * m, wide, b * m, m);
        return unpack(p);
    }

    /** Counts of a query against one library profile. */
    public Comparison compare(Profile query, int row) {
        return unpack(whole(encode(query), row));
    }

    /**
     * Counts of the query against every library profile, no early stop: element {@code row} is
     * {@code compared << 32 | identical} (see {@link Kernel#compared}, {@link Kernel#identical}).
     */
    public long[] countAll(Profile query) {
        QueryRow q = encode(query);
        long[] out = new long[n];
        runChunks(n, (from, to) -> {
            for (int row = from; row < to; row++) out[row] = whole(q, row);
            return null;
        });
        return out;
    }

    /** The k best library profiles for the query, best first. */
    public List<Hit> top(Profile query, int k, Thresholds thresholds) {
        if (k < 1) throw new IllegalArgumentException("k must be >= 1, got " + k);
        QueryRow q = encode(query);
        List<TopK> parts = runChunks(n, (from, to) -> {
            TopK top = new TopK(lib, k);
            // whole rows: the scan is memory-bound, and stopping inside a row saves no DRAM traffic
            for (int row = from; row < to; row++) {
                long p = whole(q, row);
                top.offer(row, Kernel.compared(p), Kernel.identical(p));
            }
            return top;
        });
        TopK all = new TopK(lib, k);
        for (TopK part : parts) part.addAllTo(all);
        return hits(query, all.drainBestFirst(), thresholds);
    }

    /** Every library profile with similarity >= minSimilarity, best first. */
    public List<Hit> atLeast(Profile query, double minSimilarity, Thresholds thresholds) {
        QueryRow q = encode(query);
        int[] need = minIdentical(minSimilarity);
        List<Found> parts = runChunks(n, (from, to) -> {
            Found found = new Found();
            for (int row = from; row < to; row++) {
                long p = scan(q.narrow, q.wide, 0, q.suffix, 0, row, need);
                if (p >= 0) found.add(row, Kernel.compared(p), Kernel.identical(p));
            }
            return found;
        });
        return hits(query, sortBestFirst(Found.concat(parts)), thresholds);
    }

    /** Every pair of library profiles with similarity >= minSimilarity, best first. */
    public List<Pair> pairs(double minSimilarity, Thresholds thresholds) {
        int[] need = minIdentical(minSimilarity);
        int[] suffix = new int[n * blocks];
        for (int row = 0; row < n; row++) {
            int r = row;
            fillSuffix(l -> lib.code(r, l), suffix, row * blocks);
        }
        int tileRows = Math.max(1, TILE_BYTES / (m * (narrow != null ? 1 : 2)));
        int tiles = (n + tileRows - 1) / tileRows;
        List<Callable<Found>> tasks = new ArrayList<>(tiles);
        for (int t = 0; t < tiles; t++) {
            int iFrom = t * tileRows, iTo = Math.min(n, iFrom + tileRows);
            tasks.add(() -> {
                Found found = new Found();
                // the i-tile stays in cache while every later j-tile streams past it
                for (int jFrom = iFrom; jFrom < n; jFrom += tileRows) {
                    int jTo = Math.min(n, jFrom + tileRows);
                    for (int i = iFrom; i < iTo; i++) {
                        for (int j = Math.max(jFrom, i + 1); j < jTo; j++) {
                            long p = scan(narrow, wide, i * m, suffix, i * blocks, j, need);
                            if (p >= 0) found.addPair(i, j, Kernel.compared(p), Kernel.identical(p));
                        }
                    }
                }
                return found;
            });
        }
        Found all = Found.concat(run(tasks));
        Integer[] order = bestFirst(all);
        int[] d = all.data;
        List<Pair> out = new ArrayList<>(order.length);
        for (int x : order) {
            int a = d[4 * x], b = d[4 * x + 1];
            Comparison counts = new Comparison(d[4 * x + 2], d[4 * x + 3]);
            out.add(new Pair(
                    a,
                    lib.id(a),
                    b,
                    lib.id(b),
                    counts,
                    AlleleSharing.mean(lib.profile(a), lib.profile(b)),
                    thresholds.classify(counts, m)));
        }
        return out;
    }

    /** The differing loci of a query and one library profile. */
    public Explanation explain(Profile query, int row, Thresholds thresholds) {
        return explain(query, lib.profile(row), encode(query), row, thresholds);
    }

    /** The differing loci of two library profiles. */
    public Explanation explain(int a, int b, Thresholds thresholds) {
        Profile first = lib.profile(a);
        return explain(first, lib.profile(b), encode(first), b, thresholds);
    }

    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
    }

    private Explanation explain(Profile first, Profile second, QueryRow q, int row, Thresholds thresholds) {
        List<DifferingLocus> differing = new ArrayList<>();
        int compared = 0, identical = 0;
        for (int l = 0; l < m; l++) {
            int x = q.code(l), y = lib.code(row, l);
            if (x == 0 || y == 0) continue;
            compared++;
            if (x == y) identical++;
            else differing.add(new DifferingLocus(l, lib.panel().locus(l).id(), first.alleles(l), second.alleles(l)));
        }
        Comparison counts = new Comparison(compared, identical);
        return new Explanation(
                first.id(),
                second.id(),
                counts,
                AlleleSharing.mean(first, second),
                thresholds.classify(counts, m),
                List.copyOf(differing));
    }

    /**
     * Counts of a query row (at qOff of qb or qs) against library row {@code row}, packed, or -1
     * as soon as identical + loci left < {@code need[compared + loci left]}: the pair cannot reach
     * the threshold. {@code suffix[sOff + b]} = loci the query row calls after block b.
     */
    private long scan(byte[] qb, short[] qs, int qOff, int[] suffix, int sOff, int row, int[] need) {
        int identical = 0, compared = 0;
        int base = row * m;
        for (int b = 0, from = 0; b < blocks; b++, from += block) {
            int len = Math.min(block, m - from);
            long p = qb != null
                    ? kernel.count(qb, qOff + from, narrow, base + from, len)
                    : kernel.count(qs, qOff + from, wide, base + from, len);
            compared += Kernel.compared(p);
            identical += Kernel.identical(p);
            int left = suffix[sOff + b];
            if (identical + left < need[Math.max(compared + left, 1)]) return -1;
        }
        return (long) compared << 32 | identical;
    }

    /**
     * need[c] = least identical count with (double) identical / c >= t, for c = 1..m (c + 1 when
     * none). Division rounds monotonically, so comparing with this table decides exactly as
     * the final similarity >= t does, without a division per block. All 0 when t <= 0.
     */
    private int[] minIdentical(double t) {
        int[] need = new int[m + 1];
        if (!(t > 0)) return need;
        for (int c = 1; c <= m; c++) {
            int i = Math.max(0, Math.min(c + 1, (int) Math.ceil(t * c)));
            while (i > 0 && (double) (i - 1) / c >= t) i--;
            while (i <= c && (double) i / c < t) i++;
            need[c] = i;
        }
        return need;
    }

    private long whole(QueryRow q, int row) {
        return q.narrow != null
                ? kernel.count(q.narrow, 0, narrow, row * m, m)
                : kernel.count(q.wide, 0, wide, row * m, m);
    }

    /** suffix[off + b] = loci called (code != 0) after block b, for the row whose codes {@code code} gives. */
    private void fillSuffix(IntUnaryOperator code, int[] suffix, int off) {
        int left = 0;
        for (int l = m - 1; l >= 0; l--) {
            if (l % block == block - 1 || l == m - 1) suffix[off + l / block] = left;
            if (code.applyAsInt(l) != AlleleDictionary.MISSING) left++;
        }
    }

    private QueryRow encode(Profile query) {
        if (!query.panel().loci().equals(lib.panel().loci())) {
            throw new IllegalArgumentException(
                    "query " + query.id() + " is on panel " + query.panel() + ", library on " + lib.panel());
        }
        AlleleDictionary dict = lib.dictionary();
        boolean same = query.dictionary() == dict;
        int[] codes = new int[m];
        for (int l = 0; l < m; l++) codes[l] = same ? query.code(l) : dict.find(l, query.alleles(l));
        int[] suffix = new int[blocks];
        fillSuffix(l -> codes[l], suffix, 0);
        return new QueryRow(codes, suffix, narrow != null);
    }

    private List<Hit> hits(Profile query, int[] triples, Thresholds thresholds) {
        List<Hit> out = new ArrayList<>(triples.length / 3);
        for (int x = 0; x < triples.length; x += 3) {
            int row = triples[x];
            Comparison counts = new Comparison(triples[x + 1], triples[x + 2]);
            out.add(new Hit(
                    row,
                    lib.id(row),
                    counts,
                    AlleleSharing.mean(query, lib.profile(row)),
                    thresholds.classify(counts, m)));
        }
        return out;
    }

    /** Entries of {@code found}, best first: the hit ranking of (a, counts), then b's id for pairs (b = -1 for hits). */
    private Integer[] bestFirst(Found found) {
        Integer[] order = new Integer[found.size];
        for (int x = 0; x < order.length; x++) order[x] = x;
        int[] d = found.data;
        Arrays.sort(order, (x, y) -> {
            int c = Ranking.compare(lib, d[4 * x], d[4 * x + 2], d[4 * x + 3], d[4 * y], d[4 * y + 2], d[4 * y + 3]);
            return c != 0 || d[4 * x + 1] < 0 ? c : Integer.compare(lib.idRank(d[4 * x + 1]), lib.idRank(d[4 * y + 1]));
        });
        return order;
    }

    private int[] sortBestFirst(Found found) {
        Integer[] order = bestFirst(found);
        int[] d = found.data;
        int[] out = new int[3 * order.length];
        for (int x = 0; x < order.length; x++) {
            out[3 * x] = d[4 * order[x]];
            out[3 * x + 1] = d[4 * order[x] + 2];
            out[3 * x + 2] = d[4 * order[x] + 3];
        }
        return out;
    }

    private interface Chunk<T> {
        T run(int from, int to);
    }

    private <T> List<T> runChunks(int rows, Chunk<T> chunk) {
        int parts = pool == null ? 1 : Math.min(Math.max(1, rows), threads * 4);
        List<Callable<T>> tasks = new ArrayList<>(parts);
        for (int x = 0; x < parts; x++) {
            int from = (int) ((long) rows * x / parts), to = (int) ((long) rows * (x + 1) / parts);
            tasks.add(() -> chunk.run(from, to));
        }
        return run(tasks);
    }

    private <T> List<T> run(List<Callable<T>> tasks) {
        List<T> out = new ArrayList<>(tasks.size());
        try {
            if (pool == null) {
                for (Callable<T> task : tasks) out.add(task.call());
            } else {
                for (Future<T> f : pool.invokeAll(tasks)) out.add(f.get());
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception e) {
            if (e instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static Comparison unpack(long p) {
        return new Comparison(Kernel.compared(p), Kernel.identical(p));
    }
}
