package org.seedprint.registry.examination;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.LibraryBuilder;
import org.seedprint.matcher.profile.Profile;
import org.seedprint.registry.platform.DomainException.Conflict;
import org.seedprint.registry.profiles.PanelRecord;
import org.seedprint.registry.profiles.ProfileService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a comparison report of an application needs (the reports area issues it): the candidate's
 * genotypes as filed, on the panel it was screened on, and the profiles of its screening's top hits.
 */
@Service
public class ApplicationCandidates {

    /**
     * @param topHits the stored profiles of the newest screening's hits, best first
     */
    public record Candidate(Application application, long panelId, Profile profile, List<Long> topHits) {}

    private final Applications applications;
    private final Screenings screenings;
    private final ProfileService profiles;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ApplicationCandidates(
            Applications applications,
            Screenings screenings,
            ProfileService profiles,
            JdbcTemplate jdbc,
            JsonMapper json) {
        this.applications = applications;
        this.screenings = screenings;
        this.profiles = profiles;
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The decided application's candidate and top hits, if the current user may see it.
     *
     * @throws Conflict naming {@code status} unless the application is decided
     */
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public Candidate forReport(String number) {
        Application a = applications.get(Applications.checkNumber(number));
        if (a.status() != Application.Status.DECIDED) {
            throw new Conflict(
                    "status",
                    "application " + number + " is " + a.status().name().toLowerCase(Locale.ROOT)
                            + "; only a decided application is reported");
        }
        Screening s = screenings
                .latest(a.id())
                .orElseThrow(() -> new Conflict("status", "application " + number + " has no screening"));
        PanelRecord panel = profiles.panel(s.panel().id()).orElseThrow();
        MarkerPanel loci = panel.toMatcher();
        Map<String, List<String>> genotype = json.readValue(
                Objects.requireNonNull(jdbc.queryForObject(
                        "SELECT candidate_profile::text FROM examination_application WHERE id = ?",
                        String.class,
                        a.id())),
                Map.class);
        LibraryBuilder b = new LibraryBuilder(loci);
        for (int l = 0; l < loci.size(); l++) {
            List<String> alleles = genotype.getOrDefault(loci.locus(l).id(), List.of());
            b.accept(a.sample(), l, alleles.toArray(String[]::new), null);
        }
        return new Candidate(
                a,
                panel.getId(),
                b.build().profile(0),
                s.hits().stream().map(h -> h.hit().profileId()).toList());
    }
}
