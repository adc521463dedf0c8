package org.seedprint.registry.examination;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.Profile;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.audit.AuditOutcome;
import org.seedprint.registry.matching.GenotypeUpload;
import org.seedprint.registry.matching.MatchingService;
import org.seedprint.registry.platform.DomainException;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.profiles.PanelRecord;
import org.seedprint.registry.profiles.ProfileService;
import org.seedprint.registry.varieties.CropService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Batches of applications: the whole batch (CSV and genotype files) is checked first and a bad
 * batch stores nothing; a good one is filed in one transaction and screened by a background job,
 * a tile of candidates per pass over the library, its progress kept on the batch.
 */
@Service
public class Batches implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Batches.class);

    /** Candidates screened in one pass over the library (and one transaction). */
    static final int TILE = 32;

    /** The applications CSV and genotype files of one batch, as uploaded. */
    public record Upload(long panelId, String csvName, InputStreamSource csv, List<GenotypeUpload> genotypes) {}

    private final JdbcTemplate jdbc;
    private final MatchingService matching;
    private final ProfileService profiles;
    private final CropService crops;
    private final OrganisationService organisations;
    private final Applications applications;
    private final Screenings screenings;
    private final ExaminationAudit audit;
    private final JsonMapper json;
    private final TransactionTemplate separate;

    /** Batches this registry is screening now (the rest of the unfinished ones were interrupted). */
    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "examination-batch");
        t.setDaemon(true);
        return t;
    });

    Batches(
            JdbcTemplate jdbc,
            MatchingService matching,
            ProfileService profiles,
            CropService crops,
            OrganisationService organisations,
            Applications applications,
            Screenings screenings,
            ExaminationAudit audit,
            JsonMapper json,
            PlatformTransactionManager tm) {
        this.jdbc = jdbc;
        this.matching = matching;
        this.profiles = profiles;
        this.crops = crops;
        this.organisations = organisations;
        this.applications = applications;
        this.screenings = screenings;
        this.audit = audit;
        this.json = json;
        this.separate = new TransactionTemplate(tm);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Checks and files the batch, and queues its screening; returns the batch at once. */
    public Batch submit(Upload upload, @Nullable String user) throws IOException {
        Filed f = file(upload, user);
        running.add(f.batchId());
        try {
            runner.execute(() -> screen(f, user));
        } catch (RuntimeException e) {
            running.remove(f.batchId());
            throw e;
        }
        return get(f.batchId());
    }

    /** Checks, files and screens the batch in the calling thread (demo loader, tests). */
    public Batch runNow(Upload upload, @Nullable String user) throws IOException {
        Filed f = file(upload, user);
        running.add(f.batchId());
        screen(f, user);
        return get(f.batchId());
    }

    public Optional<Batch> find(long id) {
        return jdbc
                .query(
                        "SELECT id, crop_code, panel_id, description, status, done, total, message, created_by, created_at, finished_at "
                                + "FROM examination_batch WHERE id = ?",
                        (rs, i) -> {
                            Map<String, List<String>> which = summary(id);
                            Map<String, Integer> counts = new LinkedHashMap<>();
                            which.forEach((k, v) -> counts.put(k, v.size()));
                            Timestamp fin = rs.getTimestamp(11);
                            return new Batch(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getLong(3),
                                    rs.getString(4),
                                    Batch.Status.valueOf(rs.getString(5)),
                                    rs.getInt(6),
                                    rs.getInt(7),
                                    rs.getString(8),
                                    rs.getString(9),
                                    rs.getTimestamp(10).toInstant(),
                                    fin == null ? null : fin.toInstant(),
                                    counts,
                                    which);
                        },
                        id)
                .stream()
                .findFirst();
    }

    public Batch get(long id) {
        return find(id).orElseThrow(() -> new NotFound("batch " + id));
    }

    /** The newest batches, newest first. */
    public List<Long> recent(int limit) {
        return jdbc.query("SELECT id FROM examination_batch ORDER BY id DESC LIMIT ?", (rs, i) -> rs.getLong(1), limit);
    }

    /** Per class, the application numbers of the batch's latest screenings. */
    private Map<String, List<String>> summary(long batchId) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String c : Batch.CLASSES) out.put(c, new ArrayList<>());
        jdbc.query(
                """
                SELECT a.application_number, s.class FROM examination_application a
                JOIN examination_screening s ON s.id =
                     (SELECT max(id) FROM examination_screening WHERE application_id = a.id AND batch_id = ?)
                WHERE a.batch_id = ? ORDER BY a.id""",
                rs -> {
                    Objects.requireNonNull(out.get(rs.getString(2))).add(rs.getString(1));
                },
                batchId,
                batchId);
        return out;
    }

    private record Filed(long batchId, long panelId, List<Screenings.Candidate> candidates) {}

    /** Everything checked, every problem named; then batch and applications in one transaction. */
    private Filed file(Upload upload, @Nullable String user) throws IOException {
        if (upload.genotypes().isEmpty()) throw new Invalid("genotypes", "a batch needs one or more genotype files");
        PanelRecord panel = profiles.panel(upload.panelId()).orElse(null);
        // a part that is unreadable as a whole comes first: it is the field at fault
        List<Problem> wholeFiles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (panel == null) problems.add(new Problem("request", 0, "panelId", "unknown panel " + upload.panelId()));
        ApplicationCsv.Parsed csv = new ApplicationCsv.Parsed(List.of(), List.of());
        byte[] csvBytes = whole(upload.csv(), upload.csvName(), "applications", wholeFiles);
        if (csvBytes != null) {
            csv = ApplicationCsv.read(upload.csvName(), new java.io.ByteArrayInputStream(csvBytes));
            problems.addAll(csv.problems());
            if (csv.rows().isEmpty() && csv.problems().isEmpty())
                problems.add(new Problem(upload.csvName(), 0, "application_number", "the file holds no application"));
        }

        Map<String, Profile> samples = new HashMap<>();
        Map<String, String> sampleFile = new HashMap<>();
        boolean allRead = panel != null;
        for (GenotypeUpload g : upload.genotypes()) {
            if (!readable(g, wholeFiles)) {
                allRead = false;
                continue;
            }
            if (panel == null) continue;
            try {
                Library lib = matching.read(panel.getId(), g);
                if (lib.size() == 0) problems.add(new Problem(g.name(), 0, "genotypes", "holds no sample"));
                for (int i = 0; i < lib.size(); i++) {
                    String id = lib.id(i);
                    String earlier = sampleFile.putIfAbsent(id, g.name());
                    if (earlier != null) {
                        problems.add(new Problem(g.name(), 0, "sample", "sample " + id + " is also in " + earlier));
                    } else samples.put(id, lib.profile(i));
                }
            } catch (InputFormatException e) {
                problems.add(new Problem(e.source(), e.line(), e.field(), e.problem()));
                allRead = false;
            } catch (DomainException e) {
                String field = e.field() == null || "file".equals(e.field()) ? "genotypes" : e.field();
                problems.add(new Problem(g.name(), 0, field, String.valueOf(e.getMessage())));
                allRead = false;
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(g.name(), 0, "format", String.valueOf(e.getMessage())));
                allRead = false;
            }
        }

        Map<String, Organisation> orgs = new HashMap<>();
        Set<String> numbers = new HashSet<>();
        Set<String> stored =
                storedNumbers(csv.rows().stream().map(ApplicationRow::number).toList());
        for (ApplicationRow r : csv.rows()) {
            String f = upload.csvName();
            if (crops.find(r.cropCode()).isEmpty()) {
                problems.add(new Problem(f, r.line(), "crop", "unknown crop '" + r.cropCode() + "'"));
            } else if (panel != null && !r.cropCode().equals(panel.getCropCode())) {
                problems.add(new Problem(
                        f,
                        r.line(),
                        "crop",
                        "crop " + r.cropCode() + " is not the panel's crop " + panel.getCropCode()));
            }
            if (!numbers.add(r.number())) {
                problems.add(new Problem(
                        f,
                        r.line(),
                        "application_number",
                        "application " + r.number() + " appears twice in the batch"));
            } else if (stored.contains(r.number())) {
                problems.add(new Problem(
                        f, r.line(), "application_number", "application " + r.number() + " is already filed"));
            }
            Optional<Organisation> org = organisations.findByCode(r.applicant());
            if (org.isEmpty())
                problems.add(new Problem(f, r.line(), "applicant", "unknown organisation '" + r.applicant() + "'"));
            else orgs.put(r.applicant(), org.get());
            if (allRead && !samples.containsKey(r.sample()) && !sampleFile.containsKey(r.sample())) {
                problems.add(new Problem(
                        f, r.line(), "sample", "no genotypes of sample " + r.sample() + " in the genotype files"));
            }
        }
        problems.addAll(0, wholeFiles);
        if (!problems.isEmpty() || panel == null) {
            throw new Invalid(
                    problems.getFirst().field(),
                    problems.size() + " problem(s) in the batch; nothing was stored: "
                            + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        }
        PanelRecord checkedPanel = panel;
        ApplicationCsv.Parsed rows = csv;
        String description = upload.csvName() + ", "
                + upload.genotypes().stream().map(GenotypeUpload::name).collect(Collectors.joining(", "));
        return Objects.requireNonNull(separate.execute(s -> {
            long batchId = insertBatch(checkedPanel, description, rows.rows().size(), user);
            List<Screenings.Candidate> candidates = new ArrayList<>();
            for (ApplicationRow r : rows.rows()) {
                Profile p = Objects.requireNonNull(samples.get(r.sample()));
                Application a = insert(batchId, r, Objects.requireNonNull(orgs.get(r.applicant())), p);
                Map<String, @Nullable Object> detail = new LinkedHashMap<>();
                detail.put("batch", batchId);
                detail.put("denomination", a.denomination());
                detail.put("crop", a.cropCode());
                detail.put("claimedFemale", a.claimedFemale());
                detail.put("claimedMale", a.claimedMale());
                detail.put("derivation", a.derivation());
                audit.application(ExaminationAudit.FILE, a, detail, user);
                candidates.add(new Screenings.Candidate(a, p));
            }
            return new Filed(batchId, checkedPanel.getId(), candidates);
        }));
    }

    /**
     * The bytes of the applications CSV (gunzipped when it is gzip), or null with a problem naming
     * the part when it is empty or a damaged gzip file.
     */
    private static byte @Nullable [] whole(InputStreamSource part, String name, String field, List<Problem> out)
            throws IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readAllBytes();
        }
        if (bytes.length == 0) {
            out.add(new Problem(name, 0, field, "the file is empty"));
            return null;
        }
        if (!gzip(bytes)) return bytes;
        try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            out.add(new Problem(name, 0, field, "a damaged or cut-short gzip file (" + e.getMessage() + ")"));
            return null;
        }
    }

    /** Whether a genotype file is not empty and, when gzip, decompresses to its end; else a problem naming the part. */
    private static boolean readable(GenotypeUpload g, List<Problem> out) throws IOException {
        byte[] head;
        try (InputStream in = g.data().getInputStream()) {
            head = in.readNBytes(2);
        }
        if (head.length == 0) {
            out.add(new Problem(g.name(), 0, "genotypes", "the file is empty"));
            return false;
        }
        if (!gzip(head)) return true;
        try (InputStream in = new java.util.zip.GZIPInputStream(g.data().getInputStream())) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return true;
        } catch (IOException e) {
            out.add(new Problem(g.name(), 0, "genotypes", "a damaged or cut-short gzip file (" + e.getMessage() + ")"));
            return false;
        }
    }

    private static boolean gzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    private Set<String> storedNumbers(List<String> numbers) {
        if (numbers.isEmpty()) return Set.of();
        return new HashSet<>(jdbc.queryForList(
                "SELECT application_number FROM examination_application WHERE application_number = ANY (?)",
                String.class,
                (Object) numbers.toArray(String[]::new)));
    }

    private long insertBatch(PanelRecord panel, String description, int total, @Nullable String user) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    var ps = con.prepareStatement(
                            "INSERT INTO examination_batch (crop_code, panel_id, description, status, total, created_by, created_at) "
                                    + "VALUES (?, ?, ?, 'QUEUED', ?, ?, ?)",
                            new String[] {"id"});
                    ps.setString(1, panel.getCropCode());
                    ps.setLong(2, panel.getId());
                    ps.setString(3, description);
                    ps.setInt(4, total);
                    ps.setString(5, user);
                    ps.setTimestamp(6, Timestamp.from(Instant.now()));
                    return ps;
                },
                key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    private Application insert(long batchId, ApplicationRow r, Organisation org, Profile p) {
        Map<String, List<String>> genotype = new LinkedHashMap<>();
        for (int l = 0; l < p.locusCount(); l++) genotype.put(p.panel().locus(l).id(), p.alleles(l));
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "INSERT INTO examination_application (application_number, applicant_organisation_id, crop_code, "
                        + "denomination_latin, denomination_chinese, claimed_female, claimed_male, derivation, filing_date, "
                        + "batch_id, sample, candidate_profile, status, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, 'FILED', ?, ?)",
                r.number(),
                org.getId(),
                r.cropCode(),
                r.denominationLatin(),
                r.denominationChinese(),
                r.female(),
                r.male(),
                r.derivation(),
                java.sql.Date.valueOf(r.filingDate()),
                batchId,
                r.sample(),
                json.writeValueAsString(genotype),
                now,
                now);
        return applications.find(r.number()).orElseThrow();
    }

    /** The screening job: a tile per pass and transaction, progress after each. */
    private void screen(Filed f, @Nullable String user) {
        long t0 = System.nanoTime();
        try {
            progress(f.batchId(), Batch.Status.SCREENING, 0, null);
            int done = 0;
            List<Screenings.Candidate> all = f.candidates();
            for (int from = 0; from < all.size(); from += TILE) {
                List<Screenings.Candidate> tile = all.subList(from, Math.min(all.size(), from + TILE));
                screenings.screen(f.batchId(), f.panelId(), tile, user);
                done += tile.size();
                progress(f.batchId(), Batch.Status.SCREENING, done, null);
            }
            Batch b = get(f.batchId());
            String message = "screened " + done + ": "
                    + b.counts().entrySet().stream()
                            .map(e -> e.getValue() + " " + e.getKey())
                            .collect(Collectors.joining(", "));
            progress(f.batchId(), Batch.Status.DONE, done, message);
            separate.executeWithoutResult(
                    s -> audit.batch(f.batchId(), AuditOutcome.SUCCESS, Map.of("message", message), user));
            log.info(
                    "Examination batch {} screened in {} ms: {}",
                    f.batchId(),
                    (System.nanoTime() - t0) / 1_000_000,
                    message);
        } catch (RuntimeException e) {
            log.warn("Examination batch {} failed", f.batchId(), e);
            String message = "the screening failed (an internal error); the applications screened so far keep their "
                    + "screenings, the others stay filed; the registry's log has the details of batch " + f.batchId();
            progress(f.batchId(), Batch.Status.FAILED, -1, message);
            separate.executeWithoutResult(
                    s -> audit.batch(f.batchId(), AuditOutcome.FAILURE, Map.of("message", message), user));
        } finally {
            running.remove(f.batchId());
        }
    }

    private void progress(long batchId, Batch.Status status, int done, @Nullable String message) {
        boolean end = status == Batch.Status.DONE || status == Batch.Status.FAILED;
        separate.executeWithoutResult(s -> jdbc.update(
                "UPDATE examination_batch SET status = ?, done = CASE WHEN ? < 0 THEN done ELSE ? END, message = ?, "
                        + "finished_at = ? WHERE id = ?",
                status.name(),
                done,
                done,
                message,
                end ? Timestamp.from(Instant.now()) : null,
                batchId));
    }

    /**
     * Batches queued or screening when the registry stopped: marked failed at start-up. The
     * candidates' genotypes were in memory only during the job; what was screened stays screened.
     */
    @EventListener(ApplicationStartedEvent.class)
    public int failInterrupted() {
        List<Long> stale = jdbc.query(
                "SELECT id FROM examination_batch WHERE status IN ('QUEUED','SCREENING')", (rs, i) -> rs.getLong(1));
        stale = stale.stream().filter(id -> !running.contains(id)).toList();
        for (long id : stale) {
            Batch b = get(id);
            progress(
                    id,
                    Batch.Status.FAILED,
                    -1,
                    "interrupted: the registry stopped while the batch was "
                            + b.status().name().toLowerCase(Locale.ROOT) + " (" + b.done() + " of " + b.total()
                            + " screened); the others stay filed");
        }
        if (!stale.isEmpty())
            log.warn("{} examination batch(es) interrupted by a stop marked failed: {}", stale.size(), stale);
        return stale.size();
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
