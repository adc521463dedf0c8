package org.seedprint.registry.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
import org.seedprint.registry.platform.Role;
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
 * A small rapeseed library for the web tests (a crop the other areas' tests leave alone), made
 * once in the shared test context through the public services: a 40-locus panel; a variety, a
 * cross from it differing at 4 loci (EDV candidate: similarity 0.90 = t_edv, more than d = 3
 * differing), a near copy differing at 1 (indistinct) and an unrelated one; plus users who sign
 * in through the form.
 */
final class WebFixtures {

    static final String CROP = "BRASS_NAP";
    static final String PASSWORD = "web-test-password";
    static final int LOCI = 40;

    /** What the tests need to know about the library. */
    record Library1(long panelId, Map<String, Long> varietyIds, Map<String, Long> profileIds, String queryTsv) {}

    private WebFixtures() {}

    /** Makes the library unless it is there (the test context is shared), and describes it. */
    static synchronized Library1 ensure(ApplicationContext context) throws Exception {
        VarietyService varieties = context.getBean(VarietyService.class);
        ProfileService profiles = context.getBean(ProfileService.class);
        OrganisationService organisations = context.getBean(OrganisationService.class);
        Accounts accounts = context.getBean(Accounts.class);
        TransactionTemplate tx = new TransactionTemplate(
                context.getBean(org.springframework.transaction.PlatformTransactionManager.class));

        Organisation owner =
                organisations.findOrCreate("WEB-SEEDS", "Cuihu Seed Co.", "翠湖种业", Organisation.Kind.BREEDER, "CHN");
        for (Role role : Role.values()) {
            String name = "web-" + role.name().toLowerCase(java.util.Locale.ROOT);
            if (!accounts.exists(name)) accounts.createUser(name, "WEB-SEEDS", Set.of(role), PASSWORD);
        }

        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put(
                "base",
                variety(
                        varieties,
                        "Cuihu Shuangdi",
                        "翠湖双低",
                        Variety.Kind.AUTHORISED,
                        Variety.Status.GRANTED,
                        owner.getId(),
                        List.of()));
        ids.put(
                "copy",
                variety(
                        varieties,
                        "Nanfan Huangzi",
                        "南繁黄籽",
                        Variety.Kind.AUTHORISED,
                        Variety.Status.GRANTED,
                        null,
                        List.of()));
        // Crossing parents, not a derivation role: the demo library's tests look those up across crops.
        ids.put(
                "derived",
                variety(
                        varieties,
                        "Cuihu Shuangdi 2",
                        "翠湖双低2号",
                        Variety.Kind.CANDIDATE,
                        Variety.Status.UNDER_EXAMINATION,
                        owner.getId(),
                        List.of(
                                new Parentage(ids.get("base"), Parentage.Role.FEMALE),
                                new Parentage(ids.get("copy"), Parentage.Role.MALE))));
        ids.put(
                "other",
                variety(
                        varieties,
                        "Yazhou Jiecai",
                        "崖州芥菜",
                        Variety.Kind.FARMER_VARIETY,
                        Variety.Status.ACTIVE,
                        null,
                        List.of()));

        List<Locus> loci = new ArrayList<>();
        for (int i = 0; i < LOCI; i++)
            loci.add(new Locus(
                    String.format("RMNP%02d", i + 1),
                    "A" + String.format("%02d", 1 + i % 10),
                    1000 + i * 500,
                    1200 + i * 500));
        MarkerPanel panel = new MarkerPanel("web-rapeseed-mnp", "1", loci);
        long panelId = profiles.findOrCreatePanel(CROP, panel).getId();

        Map<String, int[]> differ = Map.of(
                "base",
                new int[0],
                "derived",
                new int[] {2, 9, 17, 25},
                "copy",
                new int[] {5},
                "other",
                java.util.stream.IntStream.range(0, 26).toArray());
        StringBuilder tsv = new StringBuilder("sample\tlocus\talleles\tdepths\n");
        differ.forEach((sample, at) -> rows(tsv, sample, at, -1));
        if (profiles.profilesOfVariety(ids.get("base")).isEmpty()) {
            Library lib = read(panel, tsv.toString());
            tx.executeWithoutResult(status -> profiles.store(
                    panelId,
                    lib,
                    sample -> new NewSample(
                            ids.get(sample),
                            "WEB-" + sample.toUpperCase(java.util.Locale.ROOT),
                            "lot-2026",
                            "Sanya cold store"),
                    new Provenance("Hainan MNP lab", "MNP-seq", LocalDate.of(2026, 10, 1), "ab".repeat(32))));
        }
        Map<String, Long> profileIds = new LinkedHashMap<>();
        ids.forEach((name, id) ->
                profileIds.put(name, profiles.profilesOfVariety(id).getFirst().getId()));

        StringBuilder query = new StringBuilder("sample\tlocus\talleles\tdepths\n");
        rows(query, "candidate-07", new int[0], 11);
        return new Library1(panelId, ids, profileIds, query.toString());
    }

    /** A breeder of another organisation, {@code web-rival}, for the ownership checks of the pages. */
    static synchronized void rival(ApplicationContext context) {
        OrganisationService organisations = context.getBean(OrganisationService.class);
        Accounts accounts = context.getBean(Accounts.class);
        organisations.findOrCreate("WEB-RIVAL", "Nanfan Rival Seeds", "南繁对手种业", Organisation.Kind.BREEDER, "CHN");
        if (!accounts.exists("web-rival"))
            accounts.createUser("web-rival", "WEB-RIVAL", Set.of(Role.BREEDER), PASSWORD);
    }

    /** One sample's rows: the base genotype, another allele at the differing loci, missing at {@code missing}. */
    private static void rows(StringBuilder out, String sample, int[] differing, int missing) {
        for (int i = 0; i < LOCI; i++) {
            final int l = i;
            boolean other = java.util.Arrays.stream(differing).anyMatch(d -> d == l);
            String alleles = l == missing ? "." : other ? "ACGTTCAG" : "ACGTACAG";
            out.append(sample)
                    .append('\t')
                    .append(String.format("RMNP%02d", l + 1))
                    .append('\t')
                    .append(alleles)
                    .append('\t')
                    .append(l == missing ? "." : "42")
                    .append('\n');
        }
    }

    private static Library read(MarkerPanel panel, String tsv) throws Exception {
        LibraryBuilder b = new LibraryBuilder(panel, true);
        GenotypeTsvReader.read(
                new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "web-fixture.tsv", panel, b);
        return b.build();
    }

    private static long variety(
            VarietyService varieties,
            String latin,
            String chinese,
            Variety.Kind kind,
            Variety.Status status,
            Long owner,
            List<Parentage> parents) {
        return varieties
                .findByDenomination(CROP, latin, chinese)
                .map(Variety::getId)
                .orElseGet(() -> varieties
                        .create(new VarietyData(
                                CROP,
                                latin,
                                chinese,
                                List.of(),
                                kind,
                                status,
                                owner,
                                null,
                                null,
                                status == Variety.Status.GRANTED ? "CNA20231234.5" : null,
                                status == Variety.Status.GRANTED ? LocalDate.of(2023, 3, 1) : null,
                                status == Variety.Status.GRANTED ? "CNA2025-0789" : null,
                                status == Variety.Status.GRANTED ? LocalDate.of(2025, 6, 18) : null,
                                parents.isEmpty() ? null : Variety.Derivation.CROSS,
                                parents))
                        .getId());
    }
}
