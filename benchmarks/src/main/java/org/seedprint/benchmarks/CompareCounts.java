package org.seedprint.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Checks that every pair both tools report has the same counts: our differing and compared loci
 * against bcftools gtcheck's discordance and sites compared (benchmarks/compare-bcftools.sh). Reads
 * our TSV ({@code match} or {@code pairs} output: the first two columns name the pair, then compared,
 * identical, differing) and bcftools' {@code DC}/{@code DCv2} lines, whose columns its {@code #DC}
 * header names. Pairs are unordered. Exit 0 and one line when all agree; exit 1 with the first mismatches.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.seedprint.benchmarks.CompareCounts OURS.tsv BCFTOOLS.txt</pre>
 */
public final class CompareCounts {

    private CompareCounts() {}

    public static void main(String[] args) throws IOException {
        Map<String, Integer> index = new HashMap<>();
        PairTable ours = new PairTable();
        long lines = 0;
        try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", 6);
                long key = key(id(index, f[0]), id(index, f[1]));
                ours.put(key, Integer.parseInt(f[4]), Integer.parseInt(f[2]));
                lines++;
            }
        }
        long checked = 0, bad = 0;
        int query = -1, genotyped = -1, discordance = -1, sites = -1;
        String tag = null;
        try (BufferedReader r = Files.newBufferedReader(Path.of(args[1]))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#DC")) {
                    String[] h = line.split("\t");
                    tag = h[0].substring(1);
                    for (int i = 1; i < h.length; i++) {
                        String name = h[i].replaceFirst("^\\[\\d+\\]", "").toLowerCase(Locale.ROOT);
                        if (name.startsWith("query")) query = i;
                        else if (name.startsWith("genotyped")) genotyped = i;
                        else if (name.startsWith("discordance")) discordance = i;
                        else if (name.contains("sites compared")) sites = i;
                    }
                } else if (tag != null && line.startsWith(tag + "\t")) {
                    String[] f = line.split("\t");
                    Integer a = index.get(f[query]), b = index.get(f[genotyped]);
                    if (a == null || b == null) continue;
                    long counts = ours.get(key(a, b));
                    if (counts == Long.MIN_VALUE) continue;
                    checked++;
                    int d = (int) Double.parseDouble(f[discordance]), s = Integer.parseInt(f[sites]);
                    if ((int) (counts >>> 32) != d || (int) counts != s) {
                        if (bad++ < 10)
                            System.out.println("MISMATCH " + f[query] + " " + f[genotyped] + ": bcftools " + d + "/" + s
                                    + ", ours " + (counts >>> 32) + "/" + (int) counts);
                    }
                }
            }
        }
        if (tag == null) throw new IllegalStateException("no #DC header in " + args[1]);
        System.out.println(checked + " of our " + lines + " pairs checked against bcftools: "
                + (bad == 0 ? "all agree" : bad + " differ"));
        if (bad > 0 || checked < lines) System.exit(1);
    }

    private static int id(Map<String, Integer> index, String name) {
        return index.computeIfAbsent(name, k -> index.size());
    }

    private static long key(int a, int b) {
        return (long) Math.min(a, b) << 32 | Math.max(a, b);
    }

    /** Open addressing, long keys to (differing << 32 | compared): 12.5 million pairs in about 300 MB. */
    private static final class PairTable {
        private long[] keys = new long[1 << 16];
        private long[] values = new long[1 << 16];
        private int size;

        PairTable() {
            Arrays.fill(keys, -1);
        }

        void put(long key, int differing, int compared) {
            if (2 * (size + 1) > keys.length) grow();
            int i = slot(key);
            while (keys[i] != -1 && keys[i] != key) i = (i + 1) & (keys.length - 1);
            if (keys[i] == -1) size++;
            keys[i] = key;
            values[i] = (long) differing << 32 | (compared & 0xFFFFFFFFL);
        }

        long get(long key) {
            for (int i = slot(key); keys[i] != -1; i = (i + 1) & (keys.length - 1)) {
                if (keys[i] == key) return values[i];
            }
            return Long.MIN_VALUE;
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 29)) & (keys.length - 1);
        }

        private void grow() {
            long[] k = keys, v = values;
            keys = new long[k.length * 2];
            values = new long[k.length * 2];
            Arrays.fill(keys, -1);
            size = 0;
            for (int i = 0; i < k.length; i++) {
                if (k[i] != -1) put(k[i], (int) (v[i] >>> 32), (int) v[i]);
            }
        }
    }
}
