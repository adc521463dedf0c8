package org.seedprint.load;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;

/**
 * What the clients send, drawn from the demo library's own files: what users type into the
 * search box (whole names in either script, first words, prefixes, one-letter typos), genotype
 * files of one query sample (a library variety with some loci redrawn, as a derived variety
 * would look) and deposit bodies.
 */
final class LoadData {

    private LoadData() {}

    /** Search terms from the rice and maize demo names. */
    static List<String> searchTerms(Path data) throws IOException {
        List<String> terms = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(14);
        List<String> rows = Files.readAllLines(data.resolve("demo-rice/varieties.csv"), UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",", -1);
            String latin = f[1];
            String chinese = f[2];
            terms.add(latin);
            terms.add(chinese);
            String word = latin.split(" ")[0];
            terms.add(word);
            terms.add(word.substring(0, Math.min(word.length(), 3 + random.nextInt(3))));
            terms.add(typo(word, random));
            if (chinese.length() >= 2) terms.add(chinese.substring(0, 2));
        }
        try (BufferedReader r = Files.newBufferedReader(data.resolve("maize282/mdp_taxa_metadata.csv"), UTF_8)) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                terms.add(line.split(",", -1)[0]);
            }
        }
        return terms;
    }

    private static String typo(String word, SplittableRandom random) {
        if (word.length() < 4) return word;
        int i = 1 + random.nextInt(word.length() - 2);
        char[] c = word.toCharArray();
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        return new String(c).toLowerCase(Locale.ROOT);
    }

    /**
     * {@code count} genotype TSV files (sample, locus, alleles, depths), each one rice variety of the demo
     * library renamed to a query, with 4 % of its loci given another variety's alleles.
     */
    static List<byte[]> queryFiles(Path data, int count) throws IOException {
        Map<String, Map<String, String>> bySample = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(data.resolve("demo-rice/genotypes.tsv.gz"))), UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                bySample.computeIfAbsent(f[0], s -> new LinkedHashMap<>()).put(f[1], f[2] + "\t" + f[3]);
            }
        }
        List<String> samples = new ArrayList<>(bySample.keySet());
        SplittableRandom random = new SplittableRandom(42);
        List<byte[]> files = new ArrayList<>();
        for (int q = 0; q < count; q++) {
            Map<String, String> source = bySample.get(samples.get(random.nextInt(samples.size())));
            StringBuilder tsv = new StringBuilder("sample\tlocus\talleles\tdepths\n");
            for (var call : source.entrySet()) {
                String alleles = call.getValue(); // with its depths
                if (random.nextInt(100) < 4) {
                    String other = bySample.get(samples.get(random.nextInt(samples.size())))
                            .get(call.getKey());
                    if (other != null) alleles = other;
                }
                tsv.append("QUERY-")
                        .append(q)
                        .append('\t')
                        .append(call.getKey())
                        .append('\t')
                        .append(alleles)
                        .append('\n');
            }
            files.add(tsv.toString().getBytes(UTF_8));
        }
        return files;
    }

    /** A deposit body (resource deposit.json) with the name that makes its digest unique in place of %1$s. */
    static String depositTemplate() throws IOException {
        try (var in = LoadData.class.getResourceAsStream("/deposit.json")) {
            if (in == null) throw new IOException("deposit.json missing from the test resources");
            return new String(in.readAllBytes(), UTF_8);
        }
    }
}
