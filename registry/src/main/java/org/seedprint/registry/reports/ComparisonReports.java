package org.seedprint.registry.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.evidence.CertificateFacts;
import org.seedprint.registry.evidence.Certificates;
import org.seedprint.registry.evidence.EvidenceDocuments;
import org.seedprint.registry.matching.MatchResult;
import org.seedprint.registry.matching.MatchingService;
import org.seedprint.registry.matching.ProfileComparison;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.profiles.PanelRecord;
import org.seedprint.registry.profiles.ProfileService;
import org.seedprint.registry.profiles.Sample;
import org.seedprint.registry.profiles.StoredProfile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issues comparison reports as evidence documents: the comparisons come from the matching area,
 * the profiles from the profiles area; the report states both profiles' genotype digests, the
 * thresholds in force and every differing locus, and is time-stamped and logged as REPORT.
 */
@Service
public class ComparisonReports {

    static final String KIND = "report";
    static final String SCHEMA = "seedprint.comparison-report/v1";
    /** A report compares one query with at most this many references (each lists its differing loci). */
    public static final int MAX_REFERENCES = 50;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProfileService profiles;
    private final MatchingService matching;
    private final EvidenceDocuments evidence;
    private final Certificates certificates;
    private final OrganisationService organisations;
    private final JdbcClient db;
    private final TransactionTemplate tx;

    ComparisonReports(
            ProfileService profiles,
            MatchingService matching,
            EvidenceDocuments evidence,
            Certificates certificates,
            OrganisationService organisations,
            JdbcClient db,
            TransactionTemplate tx) {
        this.profiles = profiles;
        this.matching = matching;
        this.evidence = evidence;
        this.certificates = certificates;
        this.organisations = organisations;
        this.db = db;
        this.tx = tx;
    }

    /**
     * Compares the query profile with each reference profile and issues the signed report.
     *
     * @throws Invalid naming {@code queryProfileId} or {@code referenceProfileIds[i]} when a profile
     *                 is missing, repeated or on another panel than the query
     */
    public ComparisonReport issue(long queryProfileId, List<Long> referenceProfileIds, ReportContext context) {
        if (referenceProfileIds.isEmpty() || referenceProfileIds.size() > MAX_REFERENCES) {
            throw new Invalid("referenceProfileIds", "give 1 to " + MAX_REFERENCES + " reference profiles");
        }
        if (new LinkedHashSet<>(referenceProfileIds).size() != referenceProfileIds.size()) {
            throw new Invalid("referenceProfileIds", "a reference profile is listed twice");
        }
        if (context.reference() != null && context.reference().length() > 128) {
            throw new Invalid("reference", "at most 128 characters");
        }
        StoredProfile query = profiles.profile(queryProfileId)
                .orElseThrow(() -> new Invalid("queryProfileId", "profile " + queryProfileId + " not found"));
        PanelRecord panel = profiles.panel(query.getPanelId()).orElseThrow();
        List<Map<String, Object>> comparisons = new ArrayList<>();
        for (int i = 0; i < referenceProfileIds.size(); i++) {
            long refId = referenceProfileIds.get(i);
            String field = "referenceProfileIds[" + i + "]";
            if (refId == queryProfileId) {
                throw new Invalid(field, "profile " + refId + " is the query itself");
            }
            StoredProfile ref =
                    profiles.profile(refId).orElseThrow(() -> new Invalid(field, "profile " + refId + " not found"));
            if (!ref.getPanelId().equals(query.getPanelId())) {
                throw new Invalid(
                        field,
                        "profile " + refId + " is on panel " + ref.getPanelId() + ", the query on panel "
                                + query.getPanelId());
            }
            comparisons.add(comparison(ref, matching.compare(queryProfileId, refId)));
        }
        MatchResult.ThresholdsUsed t = matching.thresholdsInForce(panel.getId());
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("report", SCHEMA);
        doc.put("id", id.toString());
        doc.put("issuedAt", now.toString());
        Map<String, Object> requested = new LinkedHashMap<>();
        requested.put("kind", context.kind().name());
        String reference = context.reference();
        if (reference != null) requested.put("reference", reference);
        requested.put("by", context.requestedBy());
        Long org = context.organisationId();
        if (org != null) {
            requested.put("organisationId", org);
            requested.put("organisation", organisationName(org));
        }
        doc.put("requested", requested);
        doc.put("crop", panel.getCropCode());
        doc.put(
                "panel",
                Map.of(
                        "id", panel.getId(),
                        "name", panel.getName(),
                        "version", panel.getPanelVersion(),
                        "loci", panel.getLocusCount()));
        doc.put(
                "thresholds",
                Map.of(
                        "maxDifferingIndistinct", t.maxDifferingIndistinct(),
                        "edvSimilarity", decimal(t.edvSimilarity()),
                        "minComparedFraction", decimal(t.minComparedFraction()),
                        "minComparedLoci", t.minComparedLoci()));
        doc.put("query", profile(query));
        doc.put("comparisons", comparisons);
        EvidenceDocuments.Stamped stamped = evidence.stamp(KIND, id, doc);
        tx.executeWithoutResult(s -> {
            long leaf = evidence.log(stamped);
            db.sql("""
                            INSERT INTO comparison_report (id, kind, reference, requested_by, organisation_id,
                                query_profile_id, content, sha256, timestamp_response, log_index, issued_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(Arrays.asList(
                            id,
                            context.kind().name(),
                            reference,
                            context.requestedBy(),
                            org,
                            queryProfileId,
                            stamped.content(),
                            stamped.sha256(),
                            stamped.timestamp(),
                            leaf,
                            Timestamp.from(now)))
                    .update();
        });
        return view(row(id));
    }

    /** A report its reader may see: the requester, or anyone of the requester's organisation; else not found. */
    public ComparisonReport find(UUID id, CurrentUser reader) {
        return view(readable(id, reader));
    }

    /** The stored canonical content of a report the reader may see. */
    public byte[] content(UUID id, CurrentUser reader) {
        return readable(id, reader).content().clone();
    }

    /** One certificate form of a report the reader may see; each hand-out is audited by the evidence area. */
    public byte[] certificate(UUID id, Certificates.Format format, CurrentUser reader) {
        return certificates.issue(facts(readable(id, reader)), format);
    }

    /** The public re-check (time-stamp, digest, log inclusion) of any report, without its content. */
    public ReportVerification verification(UUID id) {
        Row r = row(id);
        EvidenceDocuments.Check check =
                evidence.recheck(KIND, r.id(), r.sha256(), r.content(), r.timestamp(), r.logIndex());
        return new ReportVerification(
                id.toString(),
                HexFormat.of().formatHex(r.sha256()),
                r.issuedAt().toString(),
                r.logIndex(),
                check.timestamp() == null ? null : check.timestamp().toString(),
                check.checkpoint(),
                check.valid(),
                check.reason());
    }

    /** The reports issued under one reference (an application number or a case id), newest first. */
    public List<ComparisonReport> byReference(String reference) {
        return db
                .sql(SELECT + " WHERE reference = ? ORDER BY issued_at DESC")
                .param(reference)
                .query(ComparisonReports::map)
                .list()
                .stream()
                .map(this::view)
                .toList();
    }

    private Row readable(UUID id, CurrentUser reader) {
        Row r = row(id);
        boolean mine = r.requestedBy().equals(reader.username())
                || (r.organisationId() != null && r.organisationId().equals(reader.organisationId()));
        if (!mine) throw new NotFound("report " + id);
        return r;
    }

    /** One stored report as the database holds it. */
    record Row(
            UUID id,
            String kind,
            @Nullable String reference,
            String requestedBy,
            @Nullable Long organisationId,
            long queryProfileId,
            byte[] content,
            byte[] sha256,
            byte[] timestamp,
            long logIndex,
            Instant issuedAt) {}

    private static final String SELECT = """
            SELECT id, kind, reference, requested_by, organisation_id, query_profile_id, content, sha256,
                timestamp_response AS timestamp, log_index, issued_at FROM comparison_report""";

    private static Row map(ResultSet rs, int n) throws SQLException {
        long o = rs.getLong("organisation_id");
        Long org = rs.wasNull() ? null : o;
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("kind"),
                rs.getString("reference"),
                rs.getString("requested_by"),
                org,
                rs.getLong("query_profile_id"),
                rs.getBytes("content"),
                rs.getBytes("sha256"),
                rs.getBytes("timestamp"),
                rs.getLong("log_index"),
                rs.getTimestamp("issued_at").toInstant());
    }

    private Row row(UUID id) {
        return db.sql(SELECT + " WHERE id = ?")
                .param(id)
                .query(ComparisonReports::map)
                .optional()
                .orElseThrow(() -> new NotFound("report " + id));
    }

    @SuppressWarnings("unchecked")
    private ComparisonReport view(Row r) {
        return new ComparisonReport(
                r.id(),
                HexFormat.of().formatHex(r.sha256()),
                r.logIndex(),
                r.issuedAt(),
                JSON.readValue(r.content(), Map.class));
    }

    /** What the certificate states: the requester, the profiles' digests, each result; the annex lists every differing locus. */
    @SuppressWarnings("unchecked")
    CertificateFacts facts(Row r) {
        Map<String, Object> doc = view(r).document();
        Map<String, Object> requested = (Map<String, Object>) Objects.requireNonNull(doc.get("requested"));
        Map<String, Object> panel = (Map<String, Object>) Objects.requireNonNull(doc.get("panel"));
        Map<String, Object> query = (Map<String, Object>) Objects.requireNonNull(doc.get("query"));
        Map<String, Object> t = (Map<String, Object>) Objects.requireNonNull(doc.get("thresholds"));
        List<Map<String, Object>> comparisons =
                (List<Map<String, Object>>) Objects.requireNonNull(doc.get("comparisons"));
        String requester = requested.get("kind") + " " + requested.get("by")
                + (requested.get("reference") == null ? "" : ", 案号/申请号 reference " + requested.get("reference"));
        StringBuilder material = new StringBuilder("待检 Query: " + describe(query) + "\n");
        material.append("标记组 Panel ")
                .append(panel.get("name"))
                .append(" v")
                .append(panel.get("version"))
                .append(", ")
                .append(panel.get("loci"))
                .append(" loci; 阈值 thresholds: indistinct ≤ ")
                .append(t.get("maxDifferingIndistinct"))
                .append(" differing, EDV similarity ≥ ")
                .append(t.get("edvSimilarity"))
                .append(", compared ≥ ")
                .append(t.get("minComparedLoci"))
                .append(" loci");
        StringBuilder result = new StringBuilder();
        List<String> annex = new ArrayList<>();
        for (Map<String, Object> c : comparisons) {
            Map<String, Object> ref = (Map<String, Object>) Objects.requireNonNull(c.get("reference"));
            material.append("\n对照 Reference: ").append(describe(ref));
            if (!result.isEmpty()) result.append("\n");
            result.append("profile ")
                    .append(ref.get("profileId"))
                    .append(": ")
                    .append(c.get("class"))
                    .append(" — compared ")
                    .append(c.get("compared"))
                    .append(", identical ")
                    .append(c.get("identical"))
                    .append(", differing ")
                    .append(c.get("differing"))
                    .append(", similarity ")
                    .append(c.get("similarity"))
                    .append(", allele sharing ")
                    .append(c.get("alleleSharing"));
            List<Map<String, Object>> loci = (List<Map<String, Object>>) Objects.requireNonNull(c.get("differingLoci"));
            annex.add("待检 query profile " + query.get("profileId") + "  /  对照 reference profile " + ref.get("profileId")
                    + ": " + loci.size() + " 差异位点 differing loci (locus: query | reference)");
            for (Map<String, Object> l : loci) {
                annex.add("  " + l.get("index") + "  " + l.get("locus") + ":  " + alleles(l.get("query")) + "  |  "
                        + alleles(l.get("reference")));
            }
        }
        Long org = r.organisationId();
        return new CertificateFacts(
                KIND,
                r.id(),
                requester,
                org == null ? null : requested.get("organisation") + " (" + requester + ")",
                org,
                String.valueOf(doc.get("crop")),
                material.toString(),
                result.toString(),
                r.sha256(),
                r.issuedAt(),
                r.timestamp(),
                r.logIndex(),
                annex);
    }

    private static String describe(Map<String, Object> p) {
        return "profile " + p.get("profileId") + ", sample " + p.get("sample") + ", variety " + p.get("varietyId")
                + ", genotypes sha256:" + p.get("genotypesSha256");
    }

    private static String alleles(@Nullable Object list) {
        List<?> l = (List<?>) Objects.requireNonNull(list);
        return l.isEmpty()
                ? "missing"
                : String.join("/", l.stream().map(String::valueOf).toList());
    }

    private Map<String, Object> profile(StoredProfile p) {
        Sample s = profiles.sample(p.getSampleId()).orElseThrow();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("profileId", p.getId());
        m.put("sample", s.getBarcode());
        m.put("varietyId", s.getVarietyId());
        m.put("genotypesSha256", HexFormat.of().formatHex(EvidenceDocuments.sha256(p.getGenotypes())));
        m.put("createdAt", p.getCreatedAt().toString());
        return m;
    }

    private Map<String, Object> comparison(StoredProfile ref, ProfileComparison c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", profile(ref));
        m.put("compared", c.counts().compared());
        m.put("identical", c.counts().identical());
        m.put("differing", c.counts().differing());
        m.put("similarity", decimal(c.counts().similarity()));
        m.put("alleleSharing", decimal(c.alleleSharing()));
        m.put("class", c.classification());
        m.put(
                "differingLoci",
                c.differing().stream()
                        .map(d -> (Object) Map.of(
                                "index", d.index(),
                                "locus", d.locusId(),
                                "query", List.copyOf(d.first()),
                                "reference", List.copyOf(d.second())))
                        .toList());
        return m;
    }

    private String organisationName(long id) {
        return organisations
                .find(id)
                .map(o -> o.getNameChinese() == null ? o.getNameLatin() : o.getNameChinese() + " " + o.getNameLatin())
                .orElse("organisation " + id);
    }

    /** Canonical JSON carries integers only; fractions are fixed six-place decimals. */
    private static String decimal(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
