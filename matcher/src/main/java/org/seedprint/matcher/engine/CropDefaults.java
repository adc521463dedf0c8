package org.seedprint.matcher.engine;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Default thresholds per crop (UPOV code), documented in docs/matcher.md. Rice and maize follow
 * the approval rule that a candidate must differ from every known variety at >= 3 (rice) or
 * >= 4 (maize) loci, so d = 2 and 3. The other MNP crops of GB/T 38551-2020 have no published
 * locus rule here and take the same defaults as maize until an administrator sets their own.
 * t_edv 0.90 is the low end of published EDV thresholds (0.90-0.96); min-compared is half the panel.
 */
public final class CropDefaults {

    public static final double EDV_SIMILARITY = 0.90;
    public static final double MIN_COMPARED_FRACTION = 0.5;

    private static final Map<String, Thresholds> TABLE = table();

    private CropDefaults() {}

    /** Defaults for a UPOV crop code (case-insensitive), empty when the crop is not in the table. */
    public static Optional<Thresholds> forCrop(String upovCode) {
        return Optional.ofNullable(TABLE.get(upovCode.toUpperCase(Locale.ROOT)));
    }

    /** The whole table, ordered by UPOV code. */
    public static Map<String, Thresholds> table() {
        Map<String, Thresholds> t = new TreeMap<>();
        t.put("ORYZA_SAT", of(2)); // rice: differ at >= 3 loci
        t.put("ZEAAA_MAY", of(3)); // maize: differ at >= 4 loci
        // further MNP crops of GB/T 38551-2020, same defaults as maize (no crop-specific rule known)
        t.put("GLYCI_MAX", of(3)); // soybean
        t.put("GOSSY_HIR", of(3)); // upland cotton
        t.put("CITRU_LAN", of(3)); // watermelon
        t.put("CUCUM_SAT", of(3)); // cucumber
        t.put("SOLAN_LYC", of(3)); // tomato
        t.put("CAPSI_ANN", of(3)); // pepper
        return java.util.Collections.unmodifiableMap(t);
    }

    private static Thresholds of(int d) {
        return new Thresholds(d, EDV_SIMILARITY, MIN_COMPARED_FRACTION);
    }
}
