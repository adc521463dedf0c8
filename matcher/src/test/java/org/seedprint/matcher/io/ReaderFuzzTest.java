package org.seedprint.matcher.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.panel.BedReader;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.panel.MarkerPanel;

/**
 * Parser fuzzing (issue 14): valid files of every matcher reader, mutated (truncated, bytes flipped,
 * lines swapped or repeated, a field made huge, re-encoded as Latin-1, gzip or BGZF damaged). Each
 * mutant must read exactly as the reference reads it (htsjdk for VCF, {@link LineReferences} for TSV
 * and HapMap), or fail with an {@link InputFormatException} naming the file and a line; never another
 * exception, never a silently different profile.
 */
class ReaderFuzzTest {

    static final String NAME = "fuzzed-upload";
    static Path dir;

    @BeforeContainer
    static void makeDir() throws Exception {
        dir = Files.createTempDirectory("seedprint-fuzz");
    }

    @AfterContainer
    static void removeDir() throws Exception {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) Files.delete(p);
        }
        Files.delete(dir);
    }

    /** A mutation: what to do, where, with which byte. */
    record Mutation(int kind, long seed) {
        static final int KINDS = 8;

        byte[] apply(byte[] in) throws Exception {
            Random rnd = new Random(seed);
            byte[] out = in;
            switch (kind) {
                case 0 -> out = Arrays.copyOf(in, rnd.nextInt(in.length + 1));
                case 1 -> {
                    out = in.clone();
                    for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
                        byte[] pick = {'\t', '\n', '/', '|', ':', '.', ',', '0', '1', 'A', ' ', '#', (byte) 0xE9, 0};
                        out[rnd.nextInt(out.length)] =
                                rnd.nextBoolean() ? pick[rnd.nextInt(pick.length)] : (byte) rnd.nextInt(256);
                    }
                }
                case 2, 3 -> {
                    List<String> lines =
                            new ArrayList<>(List.of(new String(in, StandardCharsets.UTF_8).split("\n", -1)));
                    int a = rnd.nextInt(lines.size()), b = rnd.nextInt(lines.size());
                    if (kind == 2) {
                        String t = lines.get(a);
                        lines.set(a, lines.get(b));
                        lines.set(b, t);
                    } else lines.add(b, lines.get(a));
                    out = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                }
                case 4 -> {
                    int at = rnd.nextInt(in.length);
                    byte[] big = new byte[100_000 + rnd.nextInt(200_000)];
                    Arrays.fill(big, (byte) "AC0/".charAt(rnd.nextInt(4)));
                    out = concat(Arrays.copyOf(in, at), big, Arrays.copyOfRange(in, at, in.length));
                }
                case 5 -> {
                    String text = new String(in, StandardCharsets.UTF_8);
                    int at = text.indexOf('\t', rnd.nextInt(text.length()));
                    if (at < 0) at = 0;
                    out = (text.substring(0, at) + "é" + text.substring(at)).getBytes(StandardCharsets.ISO_8859_1);
                }
                case 6, 7 -> {
                    Path gz = dir.resolve("m.gz");
                    if (kind == 6) RandomVcf.gzip(gz, in);
                    else RandomVcf.bgzip(gz, in);
                    out = Files.readAllBytes(gz);
                    if (rnd.nextBoolean()) out = Arrays.copyOf(out, rnd.nextInt(out.length));
                    else out[rnd.nextInt(out.length)] ^= (byte) (1 + rnd.nextInt(255));
                }
                default -> throw new IllegalStateException();
            }
            return out;
        }

        private static byte[] concat(byte[]... parts) {
            int n = 0;
            for (byte[] p : parts) n += p.length;
            byte[] out = new byte[n];
            int at = 0;
            for (byte[] p : parts) {
                System.arraycopy(p, 0, out, at, p.length);
                at += p.length;
            }
            return out;
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Arbitraries.integers()
                .between(0, Mutation.KINDS - 1)
                .flatMap(kind -> Arbitraries.longs().map(seed -> new Mutation(kind, seed)));
    }

    private static void check(Outcome fast, Outcome reference, String what) {
        if (fast.failed()) {
            assertEquals(NAME, fast.errorSource(), fast.message());
            assertTrue(
                    fast.errorLine() > 0 || fast.message().contains("the file is empty"),
                    "an error names its line: " + fast.message());
        } else {
            assertTrue(
                    !reference.failed() && fast.sameAs(reference),
                    what + ": fast " + fast + " but reference " + reference);
        }
    }

    @Property(tries = 100)
    void vcf(@ForAll("mutations") Mutation m, @ForAll("seeds") long seed) throws Exception {
        RandomVcf v = RandomVcf.make(seed, 6, 40);
        Path f = Files.write(dir.resolve("f.vcf"), m.apply(v.text().getBytes(StandardCharsets.UTF_8)));
        Outcome fast = Outcome.of(sink -> VcfReader.read(f, NAME, v.panel(), sink));
        Outcome reference = Outcome.of(sink -> HtsjdkVcfReference.read(f, NAME, v.panel(), sink));
        if (!fast.failed() && reference.failed()) {
            // htsjdk also checks fields the fast reader skips (ID, QUAL, FILTER, INFO, other FORMAT
            // values, records outside every locus): without those, it must read what the fast reader read
            Path g = Files.write(dir.resolve("g.vcf"), onlyWhatIsRead(Files.readAllBytes(f), v.panel()));
            reference = Outcome.of(sink -> HtsjdkVcfReference.read(g, NAME, v.panel(), sink));
        }
        check(fast, reference, m.toString());
    }

    @Property(tries = 100)
    void tsv(@ForAll("mutations") Mutation m, @ForAll("seeds") long seed) throws Exception {
        Random rnd = new Random(seed);
        MarkerPanel panel = VcfReaderTest.PANEL;
        StringBuilder t = new StringBuilder("sample\tlocus\talleles\tdepths\n# a comment\n");
        String[] alleles = {"ACGT", "ACGT/ACGA", ".", "TT/TA/TC", "A"};
        for (int s = 0; s < 12; s++) {
            for (int l = 0; l < 3; l++) {
                if (rnd.nextInt(5) == 0) continue;
                String a = alleles[rnd.nextInt(alleles.length)];
                String d = a.equals(".") || rnd.nextBoolean() ? "." : "7/".repeat(a.split("/").length - 1) + "30";
                t.append('S')
                        .append(s)
                        .append('\t')
                        .append(panel.locus(l).id())
                        .append('\t')
                        .append(a)
                        .append('\t')
                        .append(d)
                        .append('\n');
            }
        }
        Path f = Files.write(dir.resolve("f.tsv"), m.apply(t.toString().getBytes(StandardCharsets.UTF_8)));
        check(
                Outcome.of(sink -> GenotypeTsvReader.read(f, NAME, panel, sink)),
                Outcome.of(sink -> LineReferences.tsv(f, NAME, panel, sink)),
                m.toString());
    }

    @Property(tries = 100)
    void hapMap(@ForAll("mutations") Mutation m, @ForAll("seeds") long seed) throws Exception {
        Random rnd = new Random(seed);
        MarkerPanel panel = ReaderDefectsTest.HAPMAP_PANEL;
        StringBuilder t = new StringBuilder(ReaderDefectsTest.HAPMAP_HEADER.replace("\ttwo\n", "\ttwo\tthree\n"));
        String[] calls = {"A", "AA", "C", "R", "AG", "N", "NN", "G", "+", "0"};
        for (String chrom : new String[] {"1", "2"}) {
            for (int pos = 90; pos < 1400; pos += 37 + rnd.nextInt(40)) {
                t.append("s\tA/G\t").append(chrom).append('\t').append(pos).append("\t+\tNA\tNA\tNA\tNA\tNA\tNA");
                for (int s = 0; s < 3; s++) t.append('\t').append(calls[rnd.nextInt(calls.length)]);
                t.append('\n');
            }
        }
        Path f = Files.write(dir.resolve("f.hmp.txt"), m.apply(t.toString().getBytes(StandardCharsets.UTF_8)));
        check(
                Outcome.of(sink -> HapMapReader.read(f, NAME, panel, sink)),
                Outcome.of(sink -> LineReferences.hapMap(f, NAME, panel, sink)),
                m.toString());
    }

    /** BED: a panel read from a mutant is exactly its non-comment lines' first four fields, in order. */
    @Property(tries = 100)
    void bed(@ForAll("mutations") Mutation m, @ForAll("seeds") long seed) throws Exception {
        Random rnd = new Random(seed);
        StringBuilder t = new StringBuilder("# panel\ntrack name=x\n");
        int start = 0;
        for (int i = 0; i < 20; i++) {
            start += 1 + rnd.nextInt(50);
            int end = start + 1 + rnd.nextInt(40);
            t.append(i < 10 ? "1" : "2")
                    .append('\t')
                    .append(start)
                    .append('\t')
                    .append(end)
                    .append("\tM")
                    .append(i)
                    .append('\n');
            start = i == 9 ? 0 : end;
        }
        byte[] bytes = m.apply(t.toString().getBytes(StandardCharsets.UTF_8));
        Path f = Files.write(dir.resolve("f.bed"), bytes);
        MarkerPanel panel;
        try {
            panel = BedReader.read(f, NAME, "p", "1");
        } catch (InputFormatException e) {
            assertEquals(NAME, e.source(), e.getMessage());
            assertTrue(e.line() > 0 || e.getMessage().contains("no loci"), e.getMessage());
            return;
        }
        List<Locus> expected = new ArrayList<>();
        byte[] plain = Files.readAllBytes(f);
        if (plain.length > 1 && (plain[0] & 0xFF) == 0x1f) {
            plain = Inputs.open(new ByteArrayInputStream(plain), 1).readAllBytes();
        }
        for (String line : new String(plain, StandardCharsets.UTF_8).split("\n")) {
            line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("track") || line.startsWith("browser"))
                continue;
            String[] x = line.split("\t", -1);
            expected.add(
                    new Locus(x[3].trim(), x[0].trim(), Integer.parseInt(x[1].trim()), Integer.parseInt(x[2].trim())));
        }
        assertEquals(expected, panel.loci(), m.toString());
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs().between(1, 1_000_000);
    }

    /** The VCF with what the fast reader does not read blanked: ID/QUAL/FILTER/INFO '.', samples' GT only, records outside loci dropped. */
    static byte[] onlyWhatIsRead(byte[] vcf, MarkerPanel panel) {
        StringBuilder out = new StringBuilder();
        for (String line : new String(vcf, StandardCharsets.UTF_8).split("\n", -1)) {
            String[] f = line.split("\t", -1);
            if (line.startsWith("#") || f.length < 9) {
                out.append(line).append('\n');
                continue;
            }
            int pos;
            try {
                pos = Integer.parseInt(f[1]);
            } catch (NumberFormatException e) {
                out.append(line).append('\n');
                continue;
            }
            if (panel.findLocus(f[0], pos - 1) < 0) continue;
            f[2] = ".";
            f[5] = ".";
            f[6] = ".";
            f[7] = ".";
            boolean gt = f[8].equals("GT") || f[8].startsWith("GT:");
            f[8] = gt ? "GT" : "DP";
            for (int i = 9; i < f.length; i++) f[i] = gt ? f[i].split(":", -1)[0] : ".";
            out.append(String.join("\t", f)).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
