package org.seedprint.registry.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.profile.Library;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.cases.CaseView;
import org.seedprint.registry.cases.CourtCases;
import org.seedprint.registry.deposits.Deposit;
import org.seedprint.registry.deposits.DepositMaterial;
import org.seedprint.registry.deposits.DepositService;
import org.seedprint.registry.matching.GenotypeUpload;
import org.seedprint.registry.matching.MatchingService;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.Role;
import org.seedprint.registry.profiles.ProfileService;
import org.seedprint.registry.profiles.StoredProfile;
import org.seedprint.registry.reports.ComparisonReports.CourtComparison;
import org.seedprint.registry.varieties.Variety;
import org.seedprint.registry.varieties.VarietyService;
import org.springframework.stereotype.Service;

/**
 * Comparisons a court orders within a case: a seized sample's uploaded profile against the profile
 * of a deposit attached to the case, or of an authorised variety attached to it. The court of the
 * case owns the report; against a sealed deposit the requester gets the redacted form, and the
 * full form is read only with the depositor's membership or a grant ({@code AccessPolicy}).
 */
@Service
public class CourtComparisons {

    /**
     * A comparison to order.
     *
     * @param sample    the sample of the file to compare; may be left out when the file holds one
     * @param depositId the deposit to compare with (attached to the case), or null
     * @param varietyId the authorised variety to compare with (attached to the case), or null
     * @param panelId   the panel, when the variety has profiles on several; else the reference's own
     * @param reference the court's order reference; the case number if null
     */
    public record Order(
            long caseId,
            GenotypeUpload upload,
            @Nullable String sample,
            @Nullable UUID depositId,
            @Nullable Long varietyId,
            @Nullable Long panelId,
            @Nullable String reference) {}

    private final ComparisonReports reports;
    private final CourtCases cases;
    private final DepositService deposits;
    private final VarietyService varieties;
    private final ProfileService profiles;
    private final MatchingService matching;
    private final CurrentUsers users;

    CourtComparisons(
            ComparisonReports reports,
            CourtCases cases,
            DepositService deposits,
            VarietyService varieties,
            ProfileService profiles,
            MatchingService matching,
            CurrentUsers users) {
        this.reports = reports;
        this.cases = cases;
        this.deposits = deposits;
        this.varieties = varieties;
        this.profiles = profiles;
        this.matching = matching;
        this.users = users;
    }

    /** The reference side: its stored profile, what the report says it is, and whether it is sealed. */
    private record Reference(
            StoredProfile profile, Map<String, Object> origin, ComparisonReports.@Nullable SealedReference sealed) {}

    public CourtComparison order(Order o) throws IOException, InputFormatException {
        CurrentUser me = users.require();
        CaseView c = cases.forComparison(o.caseId());
        if ((o.depositId() == null) == (o.varietyId() == null)) {
            throw new Invalid(
                    "depositId",
                    "name the deposit (depositId) or the authorised variety (varietyId) to compare with, one of them");
        }
        Reference ref = o.depositId() != null
                ? deposit(c, o.depositId())
                : variety(c, Objects.requireNonNull(o.varietyId()), o.panelId());
        long panelId = ref.profile().getPanelId();
        if (o.panelId() != null && o.panelId() != panelId) {
            throw new Invalid(
                    "panelId", "the reference's profile is on panel " + panelId + ", not on panel " + o.panelId());
        }
        Library file = matching.read(panelId, o.upload());
        int row = sampleRow(file, o.sample(), o.upload().name());
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("seizedSample", file.id(row));
        identity.put("file", o.upload().name());
        identity.put("fileSha256", sha256(o.upload()));
        identity.put("uploadedBy", me.username() + (me.has(Role.COURT) ? "" : " (on the court's behalf)"));
        String reference = o.reference() == null || o.reference().isBlank()
                ? c.caseNumber()
                : o.reference().strip();
        return reports.issueCourtOrder(
                new ReportQuery.Submitted(panelId, file.profile(row), identity),
                ref.profile().getId(),
                ref.origin(),
                new ReportContext(
                        ReportContext.Kind.COURT_ORDER, reference, me.username(), c.courtOrganisationId(), c.id()),
                ref.sealed());
    }

    /**
     * The case's reports for a court user of its court; for an examiner, those the examiner
     * ordered on the court's behalf.
     */
    public List<ReportSummary> ofCase(long caseId) {
        CurrentUser me = users.require();
        CaseView c = cases.forComparison(caseId);
        return reports.byCase(c.id(), me.has(Role.COURT) ? null : me.username());
    }

    private Reference deposit(CaseView c, UUID depositId) {
        if (!c.depositIds().contains(depositId)) {
            throw new Invalid(
                    "depositId", "deposit " + depositId + " is not attached to case " + c.id() + "; attach it first");
        }
        Deposit d = deposits.find(depositId).orElseThrow(() -> new Invalid("depositId", "no deposit " + depositId));
        DepositMaterial m = deposits.material(depositId)
                .filter(x -> x.profileId() != null)
                .orElseThrow(() ->
                        new Invalid("depositId", "deposit " + depositId + " names no stored profile to compare with"));
        StoredProfile p = profiles.profile(Objects.requireNonNull(m.profileId()))
                .orElseThrow(
                        () -> new Invalid("depositId", "the profile of deposit " + depositId + " is no longer stored"));
        Map<String, Object> deposit = new LinkedHashMap<>();
        deposit.put("id", d.id().toString());
        deposit.put("sha256", d.sha256());
        deposit.put("visibility", d.visibility().name());
        return new Reference(
                p,
                Map.of("deposit", deposit),
                m.sealed()
                        ? new ComparisonReports.SealedReference(
                                depositId,
                                Objects.requireNonNull(m.organisationId(), "a sealed deposit has a depositor"))
                        : null);
    }

    private Reference variety(CaseView c, long varietyId, @Nullable Long panelId) {
        if (!c.varietyIds().contains(varietyId)) {
            throw new Invalid(
                    "varietyId", "variety " + varietyId + " is not attached to case " + c.id() + "; attach it first");
        }
        Variety v = varieties.find(varietyId).orElseThrow(() -> new Invalid("varietyId", "no variety " + varietyId));
        if (v.getKind() != Variety.Kind.AUTHORISED) {
            throw new Invalid(
                    "varietyId", "variety " + varietyId + " is a " + v.getKind() + ", not an authorised variety");
        }
        List<StoredProfile> candidates = new ArrayList<>(profiles.profilesOfVariety(varietyId).stream()
                .filter(p -> panelId == null || p.getPanelId() == (long) panelId)
                .toList());
        if (candidates.isEmpty()) {
            throw new Invalid(
                    "varietyId",
                    "variety " + varietyId + " has no stored profile"
                            + (panelId == null ? "" : " on panel " + panelId));
        }
        StoredProfile p = candidates.getLast();
        // A variety's profile may be the one a sealed deposit names: then it is sealed here too.
        DepositMaterial sealed = deposits.depositsOfProfile(p.getId()).stream()
                .filter(DepositMaterial::sealed)
                .findFirst()
                .orElse(null);
        Map<String, Object> variety = new LinkedHashMap<>();
        variety.put("id", varietyId);
        String name = v.getDenominationLatin() != null ? v.getDenominationLatin() : v.getDenominationChinese();
        if (name != null) variety.put("denomination", name);
        return new Reference(
                p,
                Map.of("variety", variety),
                sealed == null
                        ? null
                        : new ComparisonReports.SealedReference(
                                sealed.depositId(), Objects.requireNonNull(sealed.organisationId())));
    }

    private static int sampleRow(Library file, @Nullable String sample, String name) {
        if (file.size() == 0) throw new Invalid("file", name + " holds no sample");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < file.size(); i++) ids.add(file.id(i));
        if (sample == null || sample.isBlank()) {
            if (ids.size() == 1) return 0;
            throw new Invalid(
                    "sample", name + " holds " + ids.size() + " samples (" + shortList(ids) + "); name the seized one");
        }
        int i = ids.indexOf(sample.strip());
        if (i < 0)
            throw new Invalid(
                    "sample", "no sample '" + sample.strip() + "' in " + name + " (it holds " + shortList(ids) + ")");
        return i;
    }

    private static String shortList(List<String> ids) {
        return ids.size() <= 5 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 5)) + ", ...";
    }

    private static String sha256(GenotypeUpload upload) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(upload.data().getInputStream(), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
