package org.seedprint.registry.web;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seedprint.matcher.io.GenotypeTsvReader;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.LibraryBuilder;
import org.seedprint.registry.accounts.Accounts;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.accounts.Role;
import org.seedprint.registry.profiles.NewSample;
import org.seedprint.registry.profiles.ProfileService;
import org.seedprint.registry.profiles.Provenance;
import org.seedprint.registry.varieties.Parentage;
import org.seedprint.registry.varieties.Variety;
import org.seedprint.registry.varieties.VarietyData;
import org.seedprint.registry.varieties.VarietyService;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small rice library for the web tests, made once in the shared test context through the
 * public services: a 30-locus panel; a variety, a selection from it differing at 3 loci (EDV
 * candidate under rice's t_edv 0.90), a near copy differing at 1 (indistinct, d = 2) and an
 * unrelated one; plus users who sign in through the form.
 */
final class WebFixtures {

    static final String CROP = "ORYZA_SAT";
    static final String PASSWORD = "web-test-password";
    static final int LOCI = 30;

    /** What the tests need to know about the library. */
    record Library1(long panelId, Map<String, Long> varietyIds, Map<String, Long> profileIds, String queryTsv) {
    }

    private WebFixtures() {
    }

    /** Makes the library unless it is there (the test context is shared), and describes it. */
    static synchronized Library1 ensure(ApplicationContext context) throws Exception {
        VarietyService varieties = context.getBean(VarietyService.class);
        ProfileService profiles = context.getBean(ProfileService.class);
        OrganisationService organisations = context.getBean(OrganisationService.class);
        Accounts accounts = context.getBean(Accounts.class);
        TransactionTemplate tx = new TransactionTemplate(context.getBean(org.springframework.transaction.PlatformTransactionManager.class));

        Organisation owner = organisations.findOrCreate("WEB-SEEDS", "Cuihu Seed Co.", "翠湖种业", Organisation.Kind.BREEDER, "CHN");
        for (Role role : Role.values()) {
            String name = "web-" + role.name().toLowerCase(java.util.Locale.ROOT);
            if (!accounts.exists(name)) accounts.createUser(name, "WEB-SEEDS", Set.of(role), PASSWORD);
        }

        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put("base", variety(varieties, "Cuihu Xiangjing", "翠湖香粳", Variety.Kind.AUTHORISED, Variety.Status.GRANTED,
                owner.getId(), List.of()));
        ids.put("selection", variety(varieties, "Cuihu Xiangjing 2", "翠湖香粳2号", Variety.Kind.CANDIDATE,
                Variety.Status.UNDER_EXAMINATION, owner.getId(), List.of(new Parentage(ids.get("base"), Parentage.Role.SELECTED_FROM))));
        ids.put("copy", variety(varieties, "Nanfan Heinuo", "南繁黑糯", Variety.Kind.AUTHORISED, Variety.Status.GRANTED, null, List.of()));
        ids.put("other", variety(varieties, "Yazhou Hongmi", "崖州红米", Variety.Kind.FARMER_VARIETY, Variety.Status.ACTIVE, null, List.of()));

        List<Locus> loci = new ArrayList<>();
        for (int i = 0; i < LOCI; i++) loci.add(new Locus(String.format("RMNP%02d", i + 1), "chr" + (1 + i % 12), 1000 + i * 500, 1200 + i * 500));
        MarkerPanel panel = new MarkerPanel("web-rice-mnp", "1", loci);
        long panelId = profiles.findOrCreatePanel(CROP, panel).getId();

        Map<String, int[]> differ = Map.of("base", new int[0], "selection", new int[] {2, 9, 17},
                "copy", new int[] {5}, "other", java.util.stream.IntStream.range(0, 20).toArray());
        StringBuilder tsv = new StringBuilder("sample\tlocus\talleles\tdepths\n");
        differ.forEach((sample, at) -> rows(tsv, sample, at, -1));
        if (profiles.profilesOfVariety(ids.get("base")).isEmpty()) {
            Library lib = read(panel, tsv.toString());
            tx.executeWithoutResult(status -> profiles.store(panelId, lib,
                    sample -> new NewSample(ids.get(sample), "WEB-" + sample.toUpperCase(java.util.Locale.ROOT), "lot-2026", "Sanya cold store"),
                    new Provenance("Hainan MNP lab", "MNP-seq", LocalDate.of(2026, 10, 1), "ab".repeat(32))));
        }
        Map<String, Long> profileIds = new LinkedHashMap<>();
        ids.forEach((name, id) -> profileIds.put(name, profiles.profilesOfVariety(id).getFirst().getId()));

        StringBuilder query = new StringBuilder("sample\tlocus\talleles\tdepths\n");
        rows(query, "candidate-07", new int[0], 11);
        return new Library1(panelId, ids, profileIds, query.toString());
    }

    /** One sample's rows: the base genotype, another allele at the differing loci, missing at {@code missing}. */
    private static void rows(StringBuilder out, String sample, int[] differing, int missing) {
        for (int i = 0; i < LOCI; i++) {
            final int l = i;
            boolean other = java.util.Arrays.stream(differing).anyMatch(d -> d == l);
            String alleles = l == missing ? "." : other ? "ACGTTCAG" : "ACGTACAG";
            out.append(sample).append('\t').append(String.format("RMNP%02d", l + 1)).append('\t').append(alleles)
                    .append('\t').append(l == missing ? "." : "42").append('\n');
        }
    }

    private static Library read(MarkerPanel panel, String tsv) throws Exception {
        LibraryBuilder b = new LibraryBuilder(panel, true);
        GenotypeTsvReader.read(new BufferedReader(new StringReader(tsv)), "web-fixture.tsv", panel, b);
        return b.build();
    }

    private static long variety(VarietyService varieties, String latin, String chinese, Variety.Kind kind, Variety.Status status,
                                Long owner, List<Parentage> parents) {
        return varieties.findByDenomination(CROP, latin, chinese).map(Variety::getId).orElseGet(() ->
                varieties.create(new VarietyData(CROP, latin, chinese, List.of(), kind, status, owner, null, null,
                        status == Variety.Status.GRANTED ? "CNA20231234.5" : null, status == Variety.Status.GRANTED ? LocalDate.of(2023, 3, 1) : null,
                        status == Variety.Status.GRANTED ? "CNA2025-0789" : null, status == Variety.Status.GRANTED ? LocalDate.of(2025, 6, 18) : null,
                        parents.isEmpty() ? null : Variety.Derivation.SELECTION, parents)).getId());
    }
}
