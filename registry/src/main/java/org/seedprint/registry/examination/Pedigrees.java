package org.seedprint.registry.examination;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.profile.Profile;
import org.seedprint.registry.examination.ClaimedPedigree.ClaimedParent;
import org.seedprint.registry.matching.MatchingService;
import org.seedprint.registry.matching.Parentage;
import org.seedprint.registry.platform.DomainException;
import org.seedprint.registry.profiles.PanelRecord;
import org.seedprint.registry.profiles.ProfileService;
import org.seedprint.registry.profiles.StoredProfile;
import org.seedprint.registry.varieties.Variety;
import org.seedprint.registry.varieties.VarietyService;
import org.springframework.stereotype.Component;

/**
 * The claimed-pedigree check and, for hybrids, the parent search of one candidate, through the
 * matching area (docs/examination.md states the rules).
 */
@Component
class Pedigrees {

    /** What a screening stores of the candidate's parentage; either may be null. */
    record Result(
            @Nullable ClaimedPedigree pedigree, @Nullable ParentSearchResult parentSearch) {}

    static final String F1 = "f1";
    static final String ALLELES = "alleles";

    private final MatchingService matching;
    private final VarietyService varieties;
    private final ProfileService profiles;

    Pedigrees(MatchingService matching, VarietyService varieties, ProfileService profiles) {
        this.matching = matching;
        this.varieties = varieties;
        this.profiles = profiles;
    }

    Result examine(long panelId, Application a, Profile candidate) {
        PanelRecord panel = profiles.panel(panelId).orElseThrow();
        double het = heterozygousShare(candidate);
        boolean hybrid = "HYBRID".equals(a.derivation());
        boolean unstated = a.derivation() == null || "UNKNOWN".equals(a.derivation());
        String rule = hybrid || (unstated && het >= ParentSearchResult.HETEROZYGOUS_SHARE) ? F1 : ALLELES;
        ClaimedPedigree pedigree =
                a.claimedFemale() == null && a.claimedMale() == null ? null : check(panel, a, candidate, rule);

        String reason = null;
        if (hybrid) reason = "derivation HYBRID";
        else if (het >= ParentSearchResult.HETEROZYGOUS_SHARE) {
            String h = String.format(Locale.ROOT, "heterozygous at %.0f%% of its called loci", 100 * het);
            if (pedigree == null) reason = h + ", no claimed parents";
            else if (!pedigree.result().equals(ClaimedPedigree.EXPLAINED))
                reason = h + ", claimed parents " + pedigree.result();
        }
        ParentSearchResult search = null;
        if (reason != null) {
            Parentage.Search s = matching.parents(panel.getId(), candidate, F1, ParentSearchResult.PAIRS);
            search = new ParentSearchResult(reason, s.rule(), s.lines(), s.pairs(), claimedRank(pedigree, s));
        }
        return new Result(pedigree, search);
    }

    private ClaimedPedigree check(PanelRecord panel, Application a, Profile candidate, String rule) {
        String claimedFemale = a.claimedFemale(), claimedMale = a.claimedMale();
        ClaimedParent female = claimedFemale == null ? null : resolve(panel, a.cropCode(), claimedFemale);
        ClaimedParent male = claimedMale == null ? null : resolve(panel, a.cropCode(), claimedMale);
        boolean missing = (female != null && !female.found()) || (male != null && !male.found());
        // an F1 needs both parents; one claimed parent of another derivation is checked alone
        if (missing || (rule.equals(F1) && (female == null || male == null))) return notCompared(rule, female, male);
        ClaimedParent first = female != null ? female : Objects.requireNonNull(male);
        ClaimedParent second = male != null ? male : first;
        Long firstProfile = first.profileId(), secondProfile = second.profileId();
        if (firstProfile == null || secondProfile == null) return notCompared(rule, female, male);
        Parentage.Check c;
        try {
            c = matching.pedigree(panel.getId(), candidate, firstProfile, secondProfile, rule);
        } catch (DomainException.NotFound e) {
            // stored a moment ago, not yet in the loaded library
            return notCompared(rule, female, male);
        }
        String result = c.explained() + c.unexplained() == 0
                ? ClaimedPedigree.NOT_COMPARED
                : c.explainedShare() >= ClaimedPedigree.EXPLAINED_SHARE
                        ? ClaimedPedigree.EXPLAINED
                        : ClaimedPedigree.UNEXPLAINED;
        return new ClaimedPedigree(
                rule,
                female,
                male,
                result,
                c.explained(),
                c.unexplained(),
                c.notCompared(),
                c.explainedShare(),
                c.unexplainedLoci());
    }

    private static ClaimedPedigree notCompared(
            String rule, @Nullable ClaimedParent female, @Nullable ClaimedParent male) {
        return new ClaimedPedigree(rule, female, male, ClaimedPedigree.NOT_COMPARED, 0, 0, 0, 0, List.of());
    }

    /** A claimed parent by variety id or denomination (Latin or Chinese) to its first profile on the panel. */
    ClaimedParent resolve(PanelRecord panel, String crop, String claimed) {
        Optional<Variety> v = Optional.empty();
        if (claimed.matches("[0-9]{1,18}"))
            v = varieties
                    .find(Long.parseLong(claimed))
                    .filter(x -> x.getCropCode().equals(crop));
        if (v.isEmpty()) v = byName(crop, claimed, null);
        if (v.isEmpty()) v = byName(crop, null, claimed);
        if (v.isEmpty())
            return new ClaimedParent(
                    claimed, null, null, null, "no " + crop + " variety of this name or id in the registry");
        Variety found = v.get();
        Optional<StoredProfile> p = profiles.profilesOfVariety(found.getId()).stream()
                .filter(x -> x.getPanelId().equals(panel.getId()))
                .findFirst();
        if (p.isEmpty())
            return new ClaimedParent(
                    claimed,
                    found.getId(),
                    found.displayName(),
                    null,
                    "the variety has no profile on panel " + panel.getName() + " " + panel.getPanelVersion());
        return new ClaimedParent(
                claimed, found.getId(), found.displayName(), p.get().getId(), null);
    }

    private Optional<Variety> byName(String crop, @Nullable String latin, @Nullable String chinese) {
        try {
            return varieties.findByDenomination(crop, latin, chinese);
        } catch (DomainException.Invalid e) {
            return Optional.empty(); // not a denomination at all
        }
    }

    private static @Nullable Integer claimedRank(@Nullable ClaimedPedigree p, Parentage.Search s) {
        ClaimedParent female = p == null ? null : p.female(), male = p == null ? null : p.male();
        if (female == null || male == null) return null;
        Long f = female.profileId(), m = male.profileId();
        if (f == null || m == null) return null;
        for (Parentage.Pair pair : s.pairs()) {
            long x = pair.first().profileId(), y = pair.second().profileId();
            if ((x == f && y == m) || (x == m && y == f)) return pair.rank();
        }
        return null;
    }

    static double heterozygousShare(Profile p) {
        int called = 0, het = 0;
        for (int l = 0; l < p.locusCount(); l++) {
            int n = p.alleles(l).size();
            if (n == 0) continue;
            called++;
            if (n > 1) het++;
        }
        return called == 0 ? 0 : (double) het / called;
    }
}
