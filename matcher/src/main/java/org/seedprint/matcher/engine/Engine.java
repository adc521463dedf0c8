package org.seedprint.matcher.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.profile.AlleleDictionary;
import org.seedprint.matcher.profile.CodeMatrix;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.Profile;

/**
 * Similarity searches over one library: top-k, threshold search, many queries in one pass,
 * all-vs-all and block pairs, explain, parent search. The library is split into tasks run on an
 * {@link Executor} (shared or the engine's own), each comparing rows with a {@link Kernel} on the
 * packed words of the {@link CodeMatrix}. Threshold search and all-vs-all go block by block (256
 * loci) and drop a pair as soon as it cannot reach the threshold any more: after {@code I}
 * identical of {@code C} compared, with at most {@code R} loci left that the query calls, the best
 * reachable similarity is {@code (I+R)/(C+R)}. Dropping only hopeless pairs keeps every result exact.
 * Allele sharing is computed from per-locus tables over codes ({@link AlleleSets}, {@link PairSharing})
 * for the reported results only, over their differing loci.
 */
public final class Engine implements AutoCloseable {

    static final int BLOCK = 256;
    private static final int TILE_BYTES = 1 << 17;
    private static final int QUERY_TILE_BYTES = 1 << 18;

    private final Library lib;
    private final Kernel kernel;
    private final Tasks tasks;
    private final @Nullable ExecutorService ownPool;
    final int n;
    final int m;
    final long[] words;
    final int wpr;
    final long high;
    final int bits;
    final int lanes;
    private final int laneShift;
    private final long laneMask;
    private final int blockWords;
    final int blocks;
    final AlleleSets sets;
    private final PairSharing sharing;

    /** Best kernel, all cores, on the engine's own threads. */
    public Engine(Library library) {
        this(library, Kernels.best(), Runtime.getRuntime().availableProcessors());
    }

    /** With this kernel, on {@code threads} threads of the engine's own (stopped by {@link #close()}). */
    public Engine(Library library, Kernel kernel, int threads) {
        this(library, kernel, threads, BLOCK);
    }

    /**
     * On a shared executor (not shut down by {@link #close()}): each search splits into about
     * {@code 4 x parallelism} tasks, up to {@code parallelism - 1} of them handed to the executor
     * while the calling thread works too, so a saturated pool slows a search but never blocks it.
     */
    public Engine(Library library, Kernel kernel, Executor executor, int parallelism) {
        this(library, kernel, Objects.requireNonNull(executor, "executor"), null, parallelism, BLOCK);
    }

    /** With another block size: tests use small blocks so that early stops happen often. */
    Engine(Library library, Kernel kernel, int threads, int block) {
        this(library, kernel, null, threads > 1 ? pool(threads - 1) : null, threads, block);
    }

    private Engine(
            Library library,
            Kernel kernel,
            @Nullable Executor executor,
            @Nullable ExecutorService ownPool,
            int parallelism,
            int block) {
        if (block < 1) throw new IllegalArgumentException("block must be >= 1");
        if (parallelism < 1) throw new IllegalArgumentException("threads must be >= 1");
        this.lib = Objects.requireNonNull(library, "library");
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.ownPool = ownPool;
        this.tasks = new Tasks(executor != null ? executor : ownPool, parallelism);
        CodeMatrix codes = library.codes();
        this.n = library.size();
        this.m = library.locusCount();
        this.words = codes.words();
        this.wpr = codes.wordsPerRow();
        this.high = codes.highBits();
        this.bits = codes.bits();
        this.lanes = codes.lanes();
        this.laneShift = Integer.numberOfTrailingZeros(bits);
        this.laneMask = (1L << bits) - 1;
        this.blockWords = Math.max(1, (block + lanes - 1) / lanes);
        this.blocks = (wpr + blockWords - 1) / blockWords;
        this.sets = new AlleleSets(library.dictionary());
        this.sharing = new PairSharing(sets, library.dictionary(), codes);
    }

    private static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "seedprint-engine");
            t.setDaemon(true);
            return t;
        });
    }

    public Library library() {
        return lib;
    }

    public Kernel kernel() {
        return kernel;
    }

    /** Tasks a search runs at once (1 = the calling thread alone). */
    public int threads() {
        return tasks.parallelism();
    }

    /** Counts of two library profiles. */
    public Comparison compare(int a, int b) {
        return unpack(kernel.countRows(words, a * wpr, words, b * wpr, wpr, high));
    }

    /** Counts of a query against one library profile. */
    public Comparison compare(Profile query, int row) {
        return unpack(whole(encode(query), row));
    }

    /** Allele sharing of two library profiles (mean Jaccard index over compared loci). */
    public double alleleSharing(int a, int b) {
        long p = kernel.countRows(words, a * wpr, words, b * wpr, wpr, high);
        return sets.mean(Kernel.compared(p), Kernel.identical(p), pairSharing(words, a * wpr, words, b * wpr));
    }

    /**
     * Counts of the query against every library profile, no early stop: element {@code row} is
     * {@code compared << 32 | identical} (see {@link Kernel#compared}, {@link Kernel#identical}).
     */
    public long[] countAll(Profile query) {
        EncodedQuery q = encode(query);
        long[] out = new long[n];
        tasks.chunks(0, n, (from, to) -> {
            for (int row = from; row < to; row++) out[row] = whole(q, row);
            return to - from;
        });
        return out;
    }

    /** The k best library profiles for the query, best first. */
    public List<Hit> top(Profile query, int k, Thresholds thresholds) {
        if (k < 1) throw new IllegalArgumentException("k must be >= 1, got " + k);
        EncodedQuery q = encode(query);
        List<TopK> parts = tasks.chunks(0, n, (from, to) -> {
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
        return hits(q, all.drainBestFirst(), thresholds);
    }

    /** Every library profile with similarity >= minSimilarity, best first. */
    public List<Hit> atLeast(Profile query, double minSimilarity, Thresholds thresholds) {
        EncodedQuery q = encode(query);
        int[] need = minIdentical(minSimilarity);
        int[] suffix = q.suffix(blockWords, blocks, lanes);
        List<Found> parts = tasks.chunks(0, n, (from, to) -> {
            Found found = new Found();
            for (int row = from; row < to; row++) {
                long p = scan(q, suffix, row, need);
                if (p >= 0) found.add(row, -1, Kernel.compared(p), Kernel.identical(p), 0);
            }
            return found;
        });
        Found all = Found.concat(parts);
        int[] order = BestFirst.order(all, m, lib::idRank, lib::idRank);
        int[] triples = new int[3 * order.length];
        for (int x = 0; x < order.length; x++) {
            int e = order[x];
            triples[3 * x] = all.a(e);
            triples[3 * x + 1] = all.compared(e);
            triples[3 * x + 2] = all.identical(e);
        }
        return hits(q, triples, thresholds);
    }

    /** {@link #top(Profile, int, Thresholds)} for many queries in one pass over the library per tile of queries. */
    public List<List<Hit>> top(List<Profile> queries, int k, Thresholds thresholds) {
        return MultiQuery.collect(queries.size(), sink -> top(queries, k, thresholds, sink), this);
    }

    /** {@link #atLeast(Profile, double, Thresholds)} for many queries in one pass over the library per tile of queries. */
    public List<List<Hit>> atLeast(List<Profile> queries, double minSimilarity, Thresholds thresholds) {
        return MultiQuery.collect(queries.size(), sink -> atLeast(queries, minSimilarity, thresholds, sink), this);
    }

    /**
     * The k best hits of every query, screened together: the library is read once per tile of
     * queries (as many as fit in 256 KiB, 256 queries on 1,000 loci at 4 bits), a block of rows at a
     * time that stays in L1 while every query of the tile is counted against it. Results equal
     * {@link #top(Profile, int, Thresholds)} query by query.
     */
    public void top(List<Profile> queries, int k, Thresholds thresholds, HitSink sink) {
        if (k < 1) throw new IllegalArgumentException("k must be >= 1, got " + k);
        new MultiQuery(this, encodeAll(queries)).top(k, thresholds, sink);
    }

    /** Every hit with similarity >= minSimilarity of every query, screened together as {@link #top(List, int, Thresholds, HitSink)}. */
    public void atLeast(List<Profile> queries, double minSimilarity, Thresholds thresholds, HitSink sink) {
        new MultiQuery(this, encodeAll(queries)).atLeast(minIdentical(minSimilarity), thresholds, sink);
    }

    /** Every pair of library profiles with similarity >= minSimilarity, best first. */
    public List<Pair> pairs(double minSimilarity, Thresholds thresholds) {
        List<Pair> out = new ArrayList<>();
        pairs(
                minSimilarity,
                thresholds,
                (a, b, compared, identical, sharing, cls) -> out.add(
                        new Pair(a, lib.id(a), b, lib.id(b), new Comparison(compared, identical), sharing, cls)));
        return out;
    }

    /** Every pair of library profiles with similarity >= minSimilarity, best first, into the sink ({@code a < b}). */
    public void pairs(double minSimilarity, Thresholds thresholds, PairSink sink) {
        pairs(Block.all(n), minSimilarity, thresholds, sink);
    }

    /**
     * The pairs of one block of this library with similarity >= minSimilarity, first row &lt; second,
     * best first in the order of {@link #pairs(double, Thresholds)}: the blocks of a partition (i &lt;=
     * j), merged in that order, give exactly its result.
     */
    public void pairs(Block block, double minSimilarity, Thresholds thresholds, PairSink sink) {
        pairs(lib, block, minSimilarity, thresholds, sink);
    }

    /**
     * Pairs of rows {@code [firstFrom, firstTo)} of this library and rows {@code [secondFrom, secondTo)}
     * of {@code other}, a library on the same panel and dictionary (and code layout) - for instance two
     * blocks of profiles loaded apart. When {@code other} is this library, only first &lt; second.
     * Ordered best first, ties by the first's id, then the second's.
     */
    public void pairs(Library other, Block block, double minSimilarity, Thresholds thresholds, PairSink sink) {
        checkCompatible(other);
        if (block.firstTo() > n || block.secondTo() > other.size())
            throw new IllegalArgumentException(
                    "block " + block + " outside the libraries (" + n + ", " + other.size() + " rows)");
        new AllPairs(this, other, block, minIdentical(minSimilarity)).run(thresholds, sink);
    }

    /** The differing loci of a query and one library profile. */
    public Explanation explain(Profile query, int row, Thresholds thresholds) {
        return explain(encode(query), lib.profile(row), row, thresholds);
    }

    /** The differing loci of two library profiles. */
    public Explanation explain(int a, int b, Thresholds thresholds) {
        return explain(encode(lib.profile(a)), lib.profile(b), b, thresholds);
    }

    /** Library lines that can be the candidate's parents, and the pairs of them that explain it best. */
    public ParentSearch parents(Profile candidate, ParentSearch.Options options) {
        return new ParentFinder(this, encode(candidate)).search(options);
    }

    /** The claimed-pedigree check: is the candidate explained, locus by locus, by these two library lines? */
    public PedigreeCheck pedigree(Profile candidate, int firstParent, int secondParent, PedigreeRule rule) {
        return new ParentFinder(this, encode(candidate)).check(firstParent, secondParent, rule);
    }

    @Override
    public void close() {
        if (ownPool != null) ownPool.shutdownNow();
    }

    Tasks tasks() {
        return tasks;
    }

    private Explanation explain(EncodedQuery q, Profile second, int row, Thresholds thresholds) {
        List<DifferingLocus> differing = new ArrayList<>();
        int compared = 0, identical = 0;
        for (int l = 0; l < m; l++) {
            int x = q.codes[l], y = lib.code(row, l);
            if (x == AlleleDictionary.MISSING || y == AlleleDictionary.MISSING) continue;
            compared++;
            if (x == y) identical++;
            else
                differing.add(
                        new DifferingLocus(l, lib.panel().locus(l).id(), q.profile.alleles(l), second.alleles(l)));
        }
        return new Explanation(
                q.profile.id(),
                second.id(),
                new Comparison(compared, identical),
                sets.mean(compared, identical, querySharing(q, row)),
                thresholds.classify(compared, identical, m),
                List.copyOf(differing));
    }

    /**
     * Counts of a query against library row {@code row}, packed, or -1 as soon as identical + loci left
     * &lt; {@code need[compared + loci left]}: the pair cannot reach the threshold.
     */
    private long scan(EncodedQuery q, int[] suffix, int row, int[] need) {
        int identical = 0, compared = 0;
        int base = row * wpr;
        for (int b = 0, from = 0; b < blocks; b++, from += blockWords) {
            long p = kernel.count(q.words, q.called, from, words, base + from, Math.min(blockWords, wpr - from), high);
            compared += Kernel.compared(p);
            identical += Kernel.identical(p);
            int left = suffix[b];
            if (identical + left < need[Math.max(compared + left, 1)]) return -1;
        }
        return (long) compared << 32 | identical;
    }

    /** The same early-stopping scan for two library rows; {@code suffix[sOff + b]} = loci row a calls after block b. */
    long scanRows(long[] aw, int aBase, int[] suffix, int sOff, long[] bw, int bBase, int[] need) {
        int identical = 0, compared = 0;
        for (int b = 0, from = 0; b < blocks; b++, from += blockWords) {
            long p = kernel.countRows(aw, aBase + from, bw, bBase + from, Math.min(blockWords, wpr - from), high);
            compared += Kernel.compared(p);
            identical += Kernel.identical(p);
            int left = suffix[sOff + b];
            if (identical + left < need[Math.max(compared + left, 1)]) return -1;
        }
        return (long) compared << 32 | identical;
    }

    /** Loci called after each block, for rows [from, to) of a matrix: {@code blocks} entries per row. */
    int[] rowSuffixes(long[] w, int from, int to) {
        int[] suffix = new int[(to - from) * blocks];
        for (int r = from; r < to; r++) {
            int left = 0, base = r * wpr, s = (r - from) * blocks;
            for (int b = blocks - 1; b >= 0; b--) {
                suffix[s + b] = left;
                for (int p = b * blockWords, end = Math.min(wpr, p + blockWords); p < end; p++)
                    left += Long.bitCount(ScalarKernel.nonZero(w[base + p], high));
            }
        }
        return suffix;
    }

    /**
     * need[c] = least identical count with (double) identical / c >= t, for c = 1..m (c + 1 when
     * none). Division rounds monotonically, so comparing with this table decides exactly as
     * the final similarity >= t does, without a division per block. All 0 when t <= 0.
     */
    int[] minIdentical(double t) {
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

    long whole(EncodedQuery q, int row) {
        return kernel.count(q.words, q.called, 0, words, row * wpr, wpr, high);
    }

    /** Fixed-point sharing summed over the loci where two rows are both called and differ (identical loci count apart). */
    long pairSharing(long[] aw, int aBase, long[] bw, int bBase) {
        return sharing.sum(aw, aBase, bw, bBase);
    }

    /** {@link #pairSharing} from the allele masks locus by locus: what the tables must equal (tests). */
    long pairSharingByMasks(long[] aw, int aBase, long[] bw, int bBase) {
        return sharing.byMasks(aw, aBase, bw, bBase);
    }

    /** The same for a query and a library row; the query's unseen genotypes are differing loci too. */
    long querySharing(EncodedQuery q, int row) {
        long sum = 0;
        int base = row * wpr;
        for (int p = 0; p < wpr; p++) {
            long x = words[base + p];
            long nz = ScalarKernel.nonZero(x, high);
            long differ = nz & q.called[p] & ScalarKernel.nonZero(x ^ q.words[p], high);
            for (; differ != 0; differ &= differ - 1) {
                int shift = (Long.numberOfTrailingZeros(differ) >>> laneShift) << laneShift;
                int l = (p << (6 - laneShift)) + (shift >>> laneShift);
                sum += sets.share(q.alleles, l * sets.words, q.unknown[l], l, (int) ((x >>> shift) & laneMask));
            }
        }
        return sum;
    }

    EncodedQuery encode(Profile query) {
        if (!query.panel().loci().equals(lib.panel().loci())) {
            throw new IllegalArgumentException(
                    "query " + query.id() + " is on panel " + query.panel() + ", library on " + lib.panel());
        }
        return new EncodedQuery(query, lib.dictionary(), lib.codes(), sets);
    }

    private List<EncodedQuery> encodeAll(List<Profile> queries) {
        List<EncodedQuery> out = new ArrayList<>(queries.size());
        for (Profile q : queries) out.add(encode(q));
        return out;
    }

    /** Bytes of query rows per tile of the multi-query kernel (tests make it small to cross tiles). */
    int queryTileBytes = QUERY_TILE_BYTES;

    /** Queries per tile of the multi-query kernel: as many as fit in {@link #queryTileBytes}. */
    int queryTile() {
        return Math.max(1, queryTileBytes / (16 * wpr));
    }

    /** Library rows per tile of all-vs-all: {@value #TILE_BYTES} bytes. */
    int rowTile() {
        return Math.max(1, TILE_BYTES / (8 * wpr));
    }

    List<Hit> hits(EncodedQuery q, int[] triples, Thresholds thresholds) {
        List<Hit> out = new ArrayList<>(triples.length / 3);
        for (int x = 0; x < triples.length; x += 3) {
            int row = triples[x], c = triples[x + 1], i = triples[x + 2];
            out.add(new Hit(
                    row,
                    lib.id(row),
                    new Comparison(c, i),
                    sets.mean(c, i, querySharing(q, row)),
                    thresholds.classify(c, i, m)));
        }
        return out;
    }

    private void checkCompatible(Library other) {
        if (other == lib) return;
        if (!other.panel().loci().equals(lib.panel().loci()))
            throw new IllegalArgumentException(
                    "the libraries are on different panels: " + lib.panel() + ", " + other.panel());
        if (other.dictionary() != lib.dictionary() && !other.dictionary().sameCodes(lib.dictionary()))
            throw new IllegalArgumentException("the libraries encode genotypes with different dictionaries");
        if (other.codes().bits() != bits)
            throw new IllegalArgumentException(
                    "the libraries store " + bits + " and " + other.codes().bits() + " bits per call");
    }

    private static Comparison unpack(long p) {
        return new Comparison(Kernel.compared(p), Kernel.identical(p));
    }
}
