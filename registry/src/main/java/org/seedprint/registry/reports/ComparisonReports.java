package org.seedprint.registry.reports;

import java.nio.charset.StandardCharsets;
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
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.profile.Profile;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.cases.AccessPolicy;
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
    private final AccessPolicy access;

    ComparisonReports(
            ProfileService profiles,
            MatchingService matching,
            EvidenceDocuments evidence,
            Certificates certificates,
            OrganisationService organisations,
            JdbcClient db,
            TransactionTemplate tx,
            AccessPolicy access) {
        this.access = access;
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
        return issue(new ReportQuery.Stored(queryProfileId), referenceProfileIds, context, id -> {});
    }

    /**
     * Issues the report of any query against stored reference profiles; {@code alsoInTransaction}
     * runs in the transaction that logs and stores it (an application marked reported commits with
     * its report, or neither does).
     */
    public ComparisonReport issue(
            ReportQuery query,
            List<Long> referenceProfileIds,
            ReportContext context,
            Consumer<UUID> alsoInTransaction) {
        if (referenceProfileIds.isEmpty() || referenceProfileIds.size() > MAX_REFERENCES) {
            throw new Invalid("referenceProfileIds", "give 1 to " + MAX_REFERENCES + " reference profiles");
        }
        if (new LinkedHashSet<>(referenceProfileIds).size() != referenceProfileIds.size()) {
            throw new Invalid("referenceProfileIds", "a reference profile is listed twice");
        }
        checkReference(context);
        Prepared p = prepare(query, referenceProfileIds, "referenceProfileIds");
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Map<String, Object>> comparisons = new ArrayList<>();
        for (Compared c : p.compared()) comparisons.add(full(c, Map.of()));
        Map<String, Object> doc = document(id, now, context, p, comparisons);
        EvidenceDocuments.Stamped stamped = evidence.stamp(KIND, id, doc);
        tx.executeWithoutResult(s -> {
            insert(stamped, context, p.queryProfileId(), now, Form.SINGLE, null, null);
            alsoInTransaction.accept(id);
        });
        return view(row(id));
    }

    /** A sealed deposit's profile compared in a report: its genotypes only in the full form. */
    record SealedReference(UUID depositId, long depositorOrganisationId) {}

    /**
     * What a court-ordered comparison answers: the report its requester may read (the redacted
     * form when the reference is sealed, else the only one) and, if there is one, the full form's
     * id and digest (read it through {@link #find}, which checks the grant and audits the read).
     */
    public record CourtComparison(
            ComparisonReport report, @Nullable ReportSummary fullForm) {}

    /**
     * A court-ordered comparison of a query against one reference profile. Against a sealed
     * deposit's profile two documents are issued, stamped and logged in one transaction: the full
     * form and the redacted form (counts and class, no reference genotypes, no differing loci),
     * which names the full form's SHA-256.
     *
     * @param origin what the report says the reference is (its deposit, its variety)
     */
    CourtComparison issueCourtOrder(
            ReportQuery query,
            long referenceProfileId,
            Map<String, Object> origin,
            ReportContext context,
            @Nullable SealedReference sealed) {
        checkReference(context);
        Prepared p = prepare(query, List.of(referenceProfileId), "reference");
        Compared c = p.compared().getFirst();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UUID fullId = UUID.randomUUID();
        Map<String, Object> fullDoc = document(fullId, now, context, p, List.of(full(c, origin)));
        if (sealed == null) {
            EvidenceDocuments.Stamped single = evidence.stamp(KIND, fullId, fullDoc);
            tx.executeWithoutResult(s -> insert(single, context, p.queryProfileId(), now, Form.SINGLE, null, null));
            return new CourtComparison(view(row(fullId)), null);
        }
        fullDoc.put("form", "full");
        EvidenceDocuments.Stamped full = evidence.stamp(KIND, fullId, fullDoc);
        UUID redactedId = UUID.randomUUID();
        Map<String, Object> redactedDoc = document(redactedId, now, context, p, List.of(redacted(c, origin)));
        redactedDoc.put("form", "redacted");
        redactedDoc.put(
                "fullForm",
                Map.of("id", fullId.toString(), "sha256", HexFormat.of().formatHex(full.sha256())));
        EvidenceDocuments.Stamped red = evidence.stamp(KIND, redactedId, redactedDoc);
        tx.executeWithoutResult(s -> {
            insert(full, context, p.queryProfileId(), now, Form.FULL, sealed, null);
            insert(red, context, p.queryProfileId(), now, Form.REDACTED, null, fullId);
        });
        return new CourtComparison(view(row(redactedId)), summary(row(fullId)));
    }

    private static void checkReference(ReportContext context) {
        if (context.reference() != null && context.reference().length() > 128) {
            throw new Invalid("reference", "at most 128 characters");
        }
    }

    /** The query as the report states it, its panel, and each reference compared with it. */
    private record Prepared(
            PanelRecord panel,
            Map<String, Object> query,
            @Nullable Long queryProfileId,
            List<Compared> compared) {}

    private record Compared(StoredProfile reference, ProfileComparison result) {}

    /** The query's panel, its stored profile if it is one, and what the report states about it. */
    private record QuerySide(long panelId, @Nullable Long profileId, Map<String, Object> stated) {}

    private QuerySide side(ReportQuery query) {
        return switch (query) {
            case ReportQuery.Stored s -> {
                StoredProfile q = profiles.profile(s.profileId())
                        .orElseThrow(() -> new Invalid("queryProfileId", "profile " + s.profileId() + " not found"));
                yield new QuerySide(q.getPanelId(), q.getId(), profile(q));
            }
            case ReportQuery.Submitted s -> {
                Map<String, Object> stated = new LinkedHashMap<>(s.identity());
                stated.put("genotypesSha256", genotypesSha256(s.profile()));
                stated.put("genotypesDigestOf", SUBMITTED_DIGEST);
                yield new QuerySide(s.panelId(), null, stated);
            }
        };
    }

    private Prepared prepare(ReportQuery query, List<Long> referenceProfileIds, String field) {
        QuerySide side = side(query);
        long panelId = side.panelId();
        Long queryId = side.profileId();
        PanelRecord panel =
                profiles.panel(panelId).orElseThrow(() -> new Invalid("panelId", "unknown panel " + panelId));
        List<Compared> compared = new ArrayList<>();
        for (int i = 0; i < referenceProfileIds.size(); i++) {
            long refId = referenceProfileIds.get(i);
            String f = referenceProfileIds.size() == 1 && !field.equals("referenceProfileIds")
                    ? field
                    : field + "[" + i + "]";
            if (queryId != null && refId == queryId) {
                throw new Invalid(f, "profile " + refId + " is the query itself");
            }
            StoredProfile ref =
                    profiles.profile(refId).orElseThrow(() -> new Invalid(f, "profile " + refId + " not found"));
            if (ref.getPanelId() != panelId) {
                throw new Invalid(
                        f, "profile " + refId + " is on panel " + ref.getPanelId() + ", the query on panel " + panelId);
            }
            ProfileComparison result = switch (query) {
                case ReportQuery.Stored s -> matching.compare(s.profileId(), refId);
                case ReportQuery.Submitted s -> matching.explain(panelId, s.profile(), refId);
            };
            compared.add(new Compared(ref, result));
        }
        return new Prepared(panel, side.stated(), queryId, compared);
    }

    private Map<String, Object> document(
            UUID id, Instant now, ReportContext context, Prepared p, List<Map<String, Object>> comparisons) {
        PanelRecord panel = p.panel();
        MatchResult.ThresholdsUsed t = matching.thresholdsInForce(panel.getId());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("report", SCHEMA);
        doc.put("id", id.toString());
        doc.put("issuedAt", now.toString());
        Map<String, Object> requested = new LinkedHashMap<>();
        requested.put("kind", context.kind().name());
        String reference = context.reference();
        if (reference != null) requested.put("reference", reference);
        if (context.caseId() != null) requested.put("caseId", context.caseId());
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
        doc.put("query", p.query());
        doc.put("comparisons", comparisons);
        return doc;
    }

    private void insert(
            EvidenceDocuments.Stamped stamped,
            ReportContext context,
            @Nullable Long queryProfileId,
            Instant now,
            Form form,
            @Nullable SealedReference sealed,
            @Nullable UUID fullForm) {
        long leaf = evidence.log(stamped);
        db.sql("""
                        INSERT INTO comparison_report (id, kind, reference, requested_by, organisation_id,
                            query_profile_id, content, sha256, timestamp_response, log_index, issued_at,
                            form, case_id, sealed_deposit_id, sealed_depositor_id, full_form_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        stamped.id(),
                        context.kind().name(),
                        context.reference(),
                        context.requestedBy(),
                        context.organisationId(),
                        queryProfileId,
                        stamped.content(),
                        stamped.sha256(),
                        stamped.timestamp(),
                        leaf,
                        Timestamp.from(now),
                        form.name(),
                        context.caseId(),
                        sealed == null ? null : sealed.depositId(),
                        sealed == null ? null : sealed.depositorOrganisationId(),
                        fullForm))
                .update();
    }

    /**
     * A report its reader may see: the requester, or anyone of the owning organisation; else not
     * found. A full form against a sealed deposit also needs the depositor's membership or a grant
     * in force, and each read of it is audited like any sealed read (a refusal too).
     */
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

    /** The reports issued under one reference (an application number, say), newest first; no content. */
    public List<ReportSummary> byReference(String reference) {
        return db
                .sql(SELECT + " WHERE reference = ? ORDER BY issued_at DESC, form")
                .param(reference)
                .query(ComparisonReports::map)
                .list()
                .stream()
                .map(ComparisonReports::summary)
                .toList();
    }

    /**
     * The reports attached to a court case, newest first, without content; only those of the
     * given requester when it is not null (an examiner who acted for the court).
     */
    public List<ReportSummary> byCase(long caseId, @Nullable String requestedBy) {
        return db
                .sql(SELECT + " WHERE case_id = ? AND (CAST(? AS text) IS NULL OR requested_by = ?)"
                        + " ORDER BY issued_at DESC, form")
                .params(Arrays.asList(caseId, requestedBy, requestedBy))
                .query(ComparisonReports::map)
                .list()
                .stream()
                .map(ComparisonReports::summary)
                .toList();
    }

    private Row readable(UUID id, CurrentUser reader) {
        Row r = row(id);
        boolean mine = r.requestedBy().equals(reader.username())
                || (r.organisationId() != null && r.organisationId().equals(reader.organisationId()));
        if (!mine) throw new NotFound("report " + id);
        if (r.form() == Form.FULL) {
            access.checkSealedRead(
                    Objects.requireNonNull(r.sealedDepositId()), Objects.requireNonNull(r.sealedDepositorId()));
        }
        return r;
    }

    /** Which form of a report a row holds. */
    enum Form {
        /** the only form: nothing in it is sealed */
        SINGLE,
        /** against a sealed deposit: everything, for readers of the sealed deposit */
        FULL,
        /** against a sealed deposit: counts and class, naming the full form's digest */
        REDACTED
    }

    /** One stored report as the database holds it. */
    record Row(
            UUID id,
            String kind,
            @Nullable String reference,
            String requestedBy,
            @Nullable Long organisationId,
            @Nullable Long queryProfileId,
            byte[] content,
            byte[] sha256,
            byte[] timestamp,
            long logIndex,
            Instant issuedAt,
            Form form,
            @Nullable Long caseId,
            @Nullable UUID sealedDepositId,
            @Nullable Long sealedDepositorId,
            @Nullable UUID fullFormId) {}

    private static final String SELECT = """
            SELECT id, kind, reference, requested_by, organisation_id, query_profile_id, content, sha256,
                timestamp_response AS timestamp, log_index, issued_at, form, case_id, sealed_deposit_id,
                sealed_depositor_id, full_form_id FROM comparison_report""";

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("kind"),
                rs.getString("reference"),
                rs.getString("requested_by"),
                rs.getObject("organisation_id", Long.class),
                rs.getObject("query_profile_id", Long.class),
                rs.getBytes("content"),
                rs.getBytes("sha256"),
                rs.getBytes("timestamp"),
                rs.getLong("log_index"),
                rs.getTimestamp("issued_at").toInstant(),
                Form.valueOf(rs.getString("form")),
                rs.getObject("case_id", Long.class),
                rs.getObject("sealed_deposit_id", UUID.class),
                rs.getObject("sealed_depositor_id", Long.class),
                rs.getObject("full_form_id", UUID.class));
    }

    private Row row(UUID id) {
        return db.sql(SELECT + " WHERE id = ?")
                .param(id)
                .query(ComparisonReports::map)
                .optional()
                .orElseThrow(() -> new NotFound("report " + id));
    }

    private static ReportSummary summary(Row r) {
        return new ReportSummary(
                r.id(),
                r.kind(),
                r.form().name(),
                r.reference(),
                r.requestedBy(),
                HexFormat.of().formatHex(r.sha256()),
                r.logIndex(),
                r.issuedAt(),
                r.fullFormId());
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
        String requester = KIND_NAMES.getOrDefault(String.valueOf(requested.get("kind")), "") + " "
                + requested.get("by")
                + (requested.get("reference") == null ? "" : ", 案号/申请号 reference " + requested.get("reference"));
        StringBuilder material = new StringBuilder();
        if (r.form() == Form.REDACTED) {
            Map<String, Object> fullForm = (Map<String, Object>) Objects.requireNonNull(doc.get("fullForm"));
            material.append("删节版 REDACTED form: 对照为密封保藏，不含其基因型与差异位点 the reference is a sealed deposit; "
                            + "its genotypes and the differing loci are only in the full form ")
                    .append(fullForm.get("id"))
                    .append(" sha256:")
                    .append(fullForm.get("sha256"))
                    .append("\n");
        } else if (r.form() == Form.FULL) {
            material.append("完整版 FULL form: 含密封保藏的基因型，仅限保藏人或持法院授权者 "
                    + "holds the sealed deposit's genotypes, for the depositor or a court grant holder only\n");
        }
        material.append("待检 Query: ").append(describe(query)).append("\n");
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
        int n = 0;
        for (Map<String, Object> c : comparisons) {
            n++;
            Map<String, Object> ref = (Map<String, Object>) Objects.requireNonNull(c.get("reference"));
            material.append("\n对照 Reference ").append(n).append(": ").append(describe(ref));
            if (!result.isEmpty()) result.append("\n");
            result.append(n)
                    .append(". ")
                    .append(CLASS_NAMES.getOrDefault(String.valueOf(c.get("class")), String.valueOf(c.get("class"))))
                    .append(" — 比较 compared ")
                    .append(c.get("compared"))
                    .append(", 相同 identical ")
                    .append(c.get("identical"))
                    .append(", 差异 differing ")
                    .append(c.get("differing"))
                    .append(", 相似度 similarity ")
                    .append(c.get("similarity"))
                    .append(", 等位共享 allele sharing ")
                    .append(c.get("alleleSharing"));
            Object listed = c.get("differingLoci");
            if (listed == null) {
                result.append(" (差异位点见完整版 differing loci in the full form)");
                continue;
            }
            List<Map<String, Object>> loci = (List<Map<String, Object>>) listed;
            annex.add("对照 Reference " + n + " (" + shortName(ref) + "): " + loci.size()
                    + " 差异位点 differing loci — 序号 index, 位点 locus: 待检 query | 对照 reference");
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

    private static final Map<String, String> KIND_NAMES = Map.of(
            "APPLICATION", "审查申请 application examination",
            "COURT_ORDER", "法院委托 court order",
            "EXAMINER", "审查员 examiner");

    private static final Map<String, String> CLASS_NAMES = Map.of(
            "DISTINCT", "具有特异性 DISTINCT",
            "INDISTINCT", "无明显差异 INDISTINCT",
            "EDV_CANDIDATE", "疑似实质性派生品种 EDV CANDIDATE",
            "INCONCLUSIVE", "无法判定 INCONCLUSIVE");

    /** The order a profile's facts are named in on the certificate; any others follow, the genotype digest last. */
    private static final List<String> FACT_ORDER = List.of(
            "application",
            "seizedSample",
            "file",
            "fileSha256",
            "profileId",
            "sample",
            "denomination",
            "applicant",
            "filingDate",
            "varietyId",
            "variety",
            "deposit",
            "uploadedBy");

    /** One profile as the certificate names it: whatever identity the report states, and its genotype digest. */
    @SuppressWarnings("unchecked")
    private static String describe(Map<String, Object> p) {
        List<String> keys =
                new ArrayList<>(FACT_ORDER.stream().filter(p::containsKey).toList());
        p.keySet().stream()
                .filter(k -> !keys.contains(k) && !k.equals("genotypesSha256"))
                .sorted()
                .forEach(keys::add);
        if (p.containsKey("genotypesSha256")) keys.add("genotypesSha256");
        List<String> parts = new ArrayList<>();
        for (String k : keys) {
            Object v = p.get(k);
            if (k.equals("genotypesDigestOf") || k.equals("createdAt")) continue;
            if (v instanceof Map<?, ?> m) {
                List<String> inner = new ArrayList<>();
                ((Map<String, Object>) m).forEach((ik, iv) -> inner.add(ik + " " + iv));
                parts.add(k + " (" + String.join(", ", inner) + ")");
            } else if (k.equals("genotypesSha256")) {
                parts.add("基因型摘要 genotypes sha256:" + v);
            } else parts.add(k + " " + v);
        }
        return String.join(", ", parts);
    }

    private static String shortName(Map<String, Object> ref) {
        return ref.get("profileId") != null ? "profile " + ref.get("profileId") : describe(ref);
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

    /** A comparison with everything: the reference's identity and digest, and every differing locus. */
    private Map<String, Object> full(Compared compared, Map<String, Object> origin) {
        Map<String, Object> ref = profile(compared.reference());
        ref.putAll(origin);
        Map<String, Object> m = counts(ref, compared.result());
        m.put(
                "differingLoci",
                compared.result().differing().stream()
                        .map(d -> (Object) Map.of(
                                "index", d.index(),
                                "locus", d.locusId(),
                                "query", List.copyOf(d.first()),
                                "reference", List.copyOf(d.second())))
                        .toList());
        return m;
    }

    /** A comparison against a sealed reference: its origin (the deposit) and the counts, nothing of its genotypes. */
    private static Map<String, Object> redacted(Compared compared, Map<String, Object> origin) {
        Map<String, Object> m = counts(new LinkedHashMap<>(origin), compared.result());
        m.put("withheld", "reference genotypes and differing loci: sealed deposit, see the full form");
        return m;
    }

    private static Map<String, Object> counts(Map<String, Object> reference, ProfileComparison c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", reference);
        m.put("compared", c.counts().compared());
        m.put("identical", c.counts().identical());
        m.put("differing", c.counts().differing());
        m.put("similarity", decimal(c.counts().similarity()));
        m.put("alleleSharing", decimal(c.alleleSharing()));
        m.put("class", c.classification());
        return m;
    }

    static final String SUBMITTED_DIGEST =
            "SHA-256 of one line per panel locus in panel order: locus id, TAB, alleles joined by '/' ('.' if missing), LF";

    /** The digest a submitted profile's genotypes are stated by (see {@link #SUBMITTED_DIGEST}). */
    static String genotypesSha256(Profile p) {
        StringBuilder text = new StringBuilder();
        for (int l = 0; l < p.locusCount(); l++) {
            List<String> a = p.alleles(l);
            text.append(p.panel().locus(l).id())
                    .append('\t')
                    .append(a.isEmpty() ? "." : String.join("/", a))
                    .append('\n');
        }
        return HexFormat.of().formatHex(EvidenceDocuments.sha256(text.toString().getBytes(StandardCharsets.UTF_8)));
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
