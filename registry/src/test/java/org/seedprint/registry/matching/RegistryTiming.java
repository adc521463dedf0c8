package org.seedprint.registry.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.seedprint.matcher.panel.Locus;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.accounts.AccessTokens;
import org.seedprint.registry.accounts.Accounts;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.platform.Role;
import org.seedprint.registry.profiles.ProfileService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The registry timings of docs/performance.md ("Registry"): library load from PostgreSQL and
 * match latency through HTTP for 100,000 profiles x 1,000 loci. Not part of the suite (it writes
 * about 100 MB): run with
 * {@code ./mvnw -pl registry -am test -Dtest=RegistryTiming -Dseedprint.timing=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@RegistryIntegrationTest
@EnabledIfSystemProperty(named = "seedprint.timing", matches = "true")
class RegistryTiming {

    static final int PROFILES = Integer.getInteger("seedprint.timing.profiles", 100_000);
    static final int LOCI = 1_000;

    @Autowired
    ProfileService profiles;

    @Autowired
    LibraryRegistry libraries;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    OrganisationService organisations;

    @Test
    void loadAndMatch() {
        long panelId = seed();
        long t0 = System.nanoTime();
        profiles.loadLibrary(panelId);
        double loadDb = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        LoadedLibrary lib = libraries.reload(panelId);
        double loadAll = (System.nanoTime() - t0) / 1e6;
        assertThat(lib.library.size()).isEqualTo(PROFILES);

        long query = lib.profileId(PROFILES / 2);
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        organisations.findOrCreate("TIMING-ORG", "Timing", null, Organisation.Kind.AUTHORITY, null);
        accounts.createUser("timing-examiner", "TIMING-ORG", Set.of(Role.EXAMINER), "timing-examiner-password");
        h.setBearerAuth(
                tokens.create("timing-examiner", "timing", Duration.ofHours(1)).secret());
        HttpEntity<String> body = new HttpEntity<>("{\"profileId\":" + query + ",\"top\":10}", h);
        for (int i = 0; i < 30; i++) http.postForEntity("/api/v1/matches", body, String.class);
        double[] ms = new double[200];
        for (int i = 0; i < ms.length; i++) {
            long s = System.nanoTime();
            ResponseEntity<String> r = http.postForEntity("/api/v1/matches", body, String.class);
            ms[i] = (System.nanoTime() - s) / 1e6;
            assertThat(r.getStatusCode().is2xxSuccessful()).as(r.getBody()).isTrue();
        }
        Arrays.sort(ms);
        double[] engine = new double[200];
        for (int i = 0; i < engine.length; i++) {
            long s = System.nanoTime();
            lib.engine.top(
                    lib.library.profile(PROFILES / 2), 10, new org.seedprint.matcher.engine.Thresholds(3, 0.9, 0.5));
            engine[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(engine);
        System.out.printf(
                "TIMING profiles=%d loci=%d loadLibraryFromDb=%.0f ms reloadWithEngine=%.0f ms "
                        + "httpMatch median=%.1f p95=%.1f max=%.1f ms engineTop10 median=%.1f p95=%.1f ms kernel=%s threads=%d%n",
                PROFILES,
                LOCI,
                loadDb,
                loadAll,
                ms[100],
                ms[190],
                ms[199],
                engine[100],
                engine[190],
                lib.engine.kernel().getClass().getSimpleName(),
                lib.engine.threads());
    }

    /** 100,000 profiles of 1,000 loci: mosaics of 200 founders with some noise, so most pairs sit at 0.5-0.7. */
    private long seed() {
        List<Locus> loci = new ArrayList<>();
        for (int l = 0; l < LOCI; l++)
            loci.add(new Locus("T" + l, "chr" + (l / 100 + 1), (l % 100) * 1000, (l % 100) * 1000 + 200));
        long panelId = profiles.findOrCreatePanel("TRITI_AES", new MarkerPanel("timing", "1", loci))
                .getId();
        jdbc.update(
                "INSERT INTO panel_genotype (panel_id, locus_index, code, alleles) "
                        + "SELECT ?, l, c, ARRAY['H' || c] FROM generate_series(0, ?) l, generate_series(1, 8) c",
                panelId,
                LOCI - 1);
        jdbc.update("INSERT INTO variety (crop_code, denomination_latin, kind, status, created_at, updated_at) "
                + "VALUES ('TRITI_AES', 'Timing bulk', 'GERMPLASM_ACCESSION', 'ACTIVE', now(), now())");
        long variety =
                jdbc.queryForObject("SELECT id FROM variety WHERE denomination_latin = 'Timing bulk'", Long.class);
        jdbc.update(
                "INSERT INTO sample (variety_id, barcode, created_at) SELECT ?, 'timing-' || g, now() "
                        + "FROM generate_series(1, ?) g",
                variety,
                PROFILES);
        List<Long> samples =
                jdbc.queryForList("SELECT id FROM sample WHERE barcode LIKE 'timing-%' ORDER BY id", Long.class);
        Random rnd = new Random(7);
        byte[][] founders = new byte[200][LOCI];
        for (byte[] f : founders)
            for (int l = 0; l < LOCI; l++) f[l] = (byte) (1 + Math.min(7, (int) (8 * Math.pow(rnd.nextDouble(), 2))));
        String sha = "0".repeat(64);
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < PROFILES; i++) {
            byte[] a = founders[rnd.nextInt(200)], b = founders[rnd.nextInt(200)];
            byte[] g = new byte[LOCI + 1];
            g[0] = 1;
            boolean fromA = rnd.nextBoolean();
            for (int l = 0; l < LOCI; l++) {
                if (rnd.nextInt(40) == 0) fromA = !fromA;
                g[l + 1] = rnd.nextInt(100) == 0
                        ? 0
                        : rnd.nextInt(50) == 0 ? (byte) (1 + rnd.nextInt(8)) : (fromA ? a : b)[l];
            }
            batch.add(new Object[] {samples.get(i), panelId, g, sha});
            if (batch.size() == 2000 || i == PROFILES - 1) {
                jdbc.batchUpdate(
                        "INSERT INTO profile (sample_id, panel_id, genotypes, source_sha256, call_rate, multi_allelic_rate, created_at) "
                                + "VALUES (?, ?, ?, ?, 0.99, 0, now())",
                        batch);
                batch.clear();
            }
        }
        return panelId;
    }
}
