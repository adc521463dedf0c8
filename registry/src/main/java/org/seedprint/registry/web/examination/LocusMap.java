package org.seedprint.registry.web.examination;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.seedprint.registry.matching.ProfileComparison.DifferingLocus;
import org.seedprint.registry.profiles.PanelLocus;

/**
 * The differing-locus picture: the panel's chromosomes side by side (widths by their length on
 * the panel), every panel locus a tick on the axis, then one track per close hit with its
 * differing loci marked where they sit. Coordinates in the SVG's user units; the template draws.
 */
record LocusMap(int width, int height, int plotLeft, List<Chrom> chromosomes, List<Tick> ticks, List<Track> tracks) {

    static final int WIDTH = 1000;
    static final int LABEL = 230;
    static final int RIGHT = 10;
    static final int GAP = 6;
    static final int AXIS = 46;
    static final int TRACK = 34;

    /** One chromosome's column: {@code x}..{@code x + w}. */
    record Chrom(String name, double x, double w, int loci, int length) {
        public double middle() {
            return x + w / 2;
        }
    }

    /** A panel locus on the axis. */
    record Tick(double x) {}

    /** One hit: its label and its differing loci. */
    record Track(double y, int rank, String label, String classification, int differing, List<Mark> marks) {
        public double middle() {
            return y + (TRACK - 8) / 2.0;
        }
    }

    /** A differing locus: where, and both genotypes for the tooltip. */
    record Mark(double x, String locusId, String chrom, int position, String candidate, String hit) {
        public String tooltip() {
            return locusId + " · " + chrom + ":" + String.format(Locale.ROOT, "%,d", position) + "\n申请品种 candidate: "
                    + candidate + "\n近似品种 hit: " + hit;
        }
    }

    /** A hit to draw: rank, label, class and its differing loci. */
    record Hit(int rank, String label, String classification, List<DifferingLocus> differing) {}

    static LocusMap of(List<PanelLocus> loci, List<Hit> hits) {
        Map<String, int[]> extent = new LinkedHashMap<>(); // chrom -> {loci, max end}
        for (PanelLocus l : loci) {
            int[] e = extent.computeIfAbsent(l.chrom(), k -> new int[2]);
            e[0]++;
            e[1] = Math.max(e[1], l.endPos());
        }
        List<String> names = new ArrayList<>(extent.keySet());
        names.sort(Comparator.comparing(LocusMap::sortKey));
        long total = 0;
        for (String n : names) total += Objects.requireNonNull(extent.get(n))[1];
        double plot = WIDTH - LABEL - RIGHT - GAP * Math.max(0, names.size() - 1);
        Map<String, Chrom> byName = new HashMap<>();
        List<Chrom> chromosomes = new ArrayList<>();
        double x = LABEL;
        for (String n : names) {
            int[] e = Objects.requireNonNull(extent.get(n));
            // every chromosome gets some room, however short its stretch of the panel
            double w = Math.max(plot / names.size() * 0.25, total == 0 ? plot / names.size() : plot * e[1] / total);
            Chrom c = new Chrom(n, x, w, e[0], e[1]);
            chromosomes.add(c);
            byName.put(n, c);
            x += w + GAP;
        }
        // the minimum widths may overflow: scale back into the plot
        double used = x - GAP - LABEL;
        double scale = used > plot ? plot / used : 1;
        if (scale < 1) {
            List<Chrom> scaled = new ArrayList<>();
            double sx = LABEL;
            for (Chrom c : chromosomes) {
                Chrom s = new Chrom(c.name(), sx, c.w() * scale, c.loci(), c.length());
                scaled.add(s);
                byName.put(s.name(), s);
                sx += s.w() + GAP;
            }
            chromosomes = scaled;
        }
        Map<String, PanelLocus> byId = new HashMap<>();
        List<Tick> ticks = new ArrayList<>();
        for (PanelLocus l : loci) {
            byId.put(l.locusId(), l);
            ticks.add(new Tick(at(Objects.requireNonNull(byName.get(l.chrom())), l)));
        }
        List<Track> tracks = new ArrayList<>();
        double y = AXIS;
        for (Hit h : hits) {
            List<Mark> marks = new ArrayList<>();
            for (DifferingLocus d : h.differing()) {
                PanelLocus l = byId.get(d.locusId());
                if (l == null && d.index() >= 0 && d.index() < loci.size()) l = loci.get(d.index());
                if (l == null) continue;
                marks.add(new Mark(
                        at(Objects.requireNonNull(byName.get(l.chrom())), l),
                        d.locusId(),
                        l.chrom(),
                        l.startPos() + 1,
                        genotype(d.first()),
                        genotype(d.second())));
            }
            tracks.add(new Track(
                    y, h.rank(), h.label(), h.classification(), h.differing().size(), marks));
            y += TRACK;
        }
        return new LocusMap(WIDTH, (int) y + 34, LABEL, chromosomes, ticks, tracks);
    }

    /** The y of the legend under the last track. */
    public double legendY() {
        return height - 16;
    }

    public double trackWidth() {
        return WIDTH - RIGHT;
    }

    static String genotype(List<String> alleles) {
        return alleles.isEmpty() ? "—（缺失 missing）" : String.join("/", alleles);
    }

    private static double at(Chrom c, PanelLocus l) {
        if (c.length() == 0) return c.middle();
        return c.x() + c.w() * Math.min(1.0, (l.startPos() + l.endPos()) / 2.0 / c.length());
    }

    private static final Pattern NUMBER = Pattern.compile("(\\d+)");

    /** Chr2 before Chr10: the name's number, then the name. */
    private static String sortKey(String chrom) {
        Matcher m = NUMBER.matcher(chrom);
        String digits = m.find() ? m.group(1) : "";
        int n = digits.isEmpty() || digits.length() > 8 ? 99_999_999 : Integer.parseInt(digits);
        return String.format(Locale.ROOT, "%08d", n) + chrom;
    }
}
