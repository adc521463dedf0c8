package org.seedprint.registry.imports;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.matcher.io.GenotypeFiles;
import org.seedprint.matcher.io.HapMapReader;
import org.seedprint.matcher.panel.BedReader;
import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.Library;
import org.seedprint.matcher.profile.LibraryBuilder;
import org.seedprint.registry.audit.AuditActions;
import org.seedprint.registry.audit.AuditChanges;
import org.seedprint.registry.audit.AuditEntry;
import org.seedprint.registry.audit.AuditOutcome;
import org.seedprint.registry.audit.AuditTrail;
import org.seedprint.registry.platform.DomainException;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.UnreadableFile;
import org.seedprint.registry.profiles.ProfileService;
import org.seedprint.registry.varieties.CropService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import of a library in one job: every file is read and checked first; only when nothing
 * is rejected are varieties, samples and profiles written, in one transaction. The same source
 * (by SHA-256) imported again returns the earlier job instead of adding anything.
 */
@Service
public class ImportService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final ImportJobRepository jobs;
    private final ImportWriter writer;
    private final ProfileService profiles;
    private final CropService crops;
    private final EntityManager entities;
    private final TransactionTemplate separate;
    private final AuditTrail audit;

    /** Jobs this registry is working on now (the rest of the unfinished ones were interrupted). */
    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-job");
        t.setDaemon(true);
        return t;
    });

    ImportService(
            ImportJobRepository jobs,
            ImportWriter writer,
            ProfileService profiles,
            CropService crops,
            EntityManager entities,
            AuditTrail audit,
            PlatformTransactionManager tm) {
        this.audit = audit;
        this.jobs = jobs;
        this.writer = writer;
        this.profiles = profiles;
        this.crops = crops;
        this.entities = entities;
        this.separate = new TransactionTemplate(tm);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Optional<ImportJob> find(long id) {
        return jobs.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Rejection> rejections(long jobId) {
        return jobs.findById(jobId).map(ImportJob::rejections).orElse(List.of());
    }

    /** Queues the import and returns its job at once (or the earlier job of the same source). */
    public ImportJob submit(ImportRequest req, @Nullable String user, Runnable cleanup) {
        ImportJob job = open(req, user);
        if (job.getStatus() != ImportJob.Status.QUEUED) {
            cleanup.run();
            return job;
        }
        runner.execute(() -> {
            try {
                execute(job.getId(), req);
            } finally {
                cleanup.run();
            }
        });
        return job;
    }

    /** Runs the import in the calling thread (demo loader, CLI-like callers). */
    public ImportJob runNow(ImportRequest req, @Nullable String user) {
        ImportJob job = open(req, user);
        if (job.getStatus() == ImportJob.Status.QUEUED) execute(job.getId(), req);
        return jobs.findById(job.getId()).orElseThrow();
    }

    private ImportJob open(ImportRequest req, @Nullable String user) {
        if (req.cropCode() == null || crops.find(req.cropCode()).isEmpty()) {
            throw new Invalid("crop", "unknown crop '" + req.cropCode() + "'");
        }
        if (req.varieties() == null && req.mcpd() == null && req.genotypes().isEmpty()) {
            throw new Invalid("varieties", "nothing to import: send varieties, mcpd or genotypes");
        }
        String digest = digest(req);
        return jobs.findFirstBySourceSha256AndStatus(digest, ImportJob.Status.SUCCEEDED)
                .orElseGet(() -> jobs.saveAndFlush(new ImportJob(digest, req.cropCode(), describe(req), user)));
    }

    private void execute(long jobId, ImportRequest req) {
        running.add(jobId);
        try {
            long t0 = System.nanoTime();
            progress(jobId, ImportJob.Status.VALIDATING, "reading varieties", 0, 0);
            List<Rejection> rejected = new ArrayList<>();
            List<VarietyRow> rows = new ArrayList<>();
            if (req.varieties() != null)
                collect(
                        VarietyCsv.varieties(
                                req.varieties().file(), req.varieties().name(), req.encoding()),
                        rows,
                        rejected);
            if (req.mcpd() != null)
                collect(VarietyCsv.mcpd(req.mcpd().file(), req.mcpd().name(), req.encoding()), rows, rejected);
            MarkerPanel panel = req.genotypes().isEmpty() ? null : panel(req, rejected);
            List<ImportWriter.GenotypeFile> files = new ArrayList<>();
            int n = 0;
            for (ImportRequest.Part part : req.genotypes()) {
                progress(
                        jobId,
                        ImportJob.Status.VALIDATING,
                        "reading " + part.name(),
                        n++,
                        req.genotypes().size());
                if (panel == null) break;
                try {
                    Library lib = read(part, req.genotypeFormat(), panel);
                    if (lib.size() == 0) {
                        rejected.add(new Rejection(part.name(), 0, "genotypes", "no genotype calls in " + part.name()));
                    } else {
                        files.add(new ImportWriter.GenotypeFile(part.name(), sha256(part.file()), lib));
                    }
                } catch (InputFormatException e) {
                    rejected.add(rejection(e.naming(part.name())));
                } catch (IllegalArgumentException e) {
                    rejected.add(new Rejection(part.name(), 0, "format", String.valueOf(e.getMessage())));
                } catch (IOException e) {
                    rejected.add(unreadable(part, e));
                }
            }
            ImportWriter.Plan plan = writer.check(req.cropCode(), rows, files, rejected);
            log.info(
                    "Import job {}: {} variety rows, {} genotype file(s) read and checked in {} ms, {} rejected",
                    jobId,
                    rows.size(),
                    files.size(),
                    (System.nanoTime() - t0) / 1_000_000,
                    rejected.size());
            if (!rejected.isEmpty()) {
                reject(jobId, rejected);
                audit(jobId, req, rejected.size());
                return;
            }
            progress(jobId, ImportJob.Status.WRITING, "writing", 0, rows.size() + plan.profileCount());
            ImportWriter.Written w = writer.write(
                    req,
                    panel,
                    plan,
                    (done, total) -> progress(jobId, ImportJob.Status.WRITING, "writing", done, total));
            finish(jobId, ImportJob.Status.SUCCEEDED, w.summary(), w.varietiesAdded(), w.profilesAdded());
            audit(jobId, req, 0);
            log.info(
                    "Import job {} written in {} ms in all: {}",
                    jobId,
                    (System.nanoTime() - t0) / 1_000_000,
                    w.summary());
        } catch (DomainException e) {
            reject(
                    jobId,
                    List.of(new Rejection(
                            describe(req), 0, e.field() == null ? "" : e.field(), String.valueOf(e.getMessage()))));
            audit(jobId, req, 1);
        } catch (IOException | RuntimeException e) {
            log.warn("Import job {} failed", jobId, e);
            // The job's message is for the client: no SQL, driver or server path text (that is in the log).
            String what = e instanceof DataAccessException ? "the database refused the data" : "an internal error";
            finish(
                    jobId,
                    ImportJob.Status.FAILED,
                    "the import failed (" + what + "); nothing was imported; the registry's log has the details of job "
                            + jobId,
                    0,
                    0);
            audit(jobId, req, 0);
        } finally {
            running.remove(jobId);
        }
    }

    /**
     * The import's audit event, once it ended: by whoever submitted it, with the job, its outcome,
     * what it added and the digest of every source file (the rows' own writes are not audited one
     * by one).
     */
    private void audit(long jobId, ImportRequest req, int rejected) {
        separate.executeWithoutResult(s -> jobs.findById(jobId).ifPresent(job -> {
            Map<String, @Nullable Object> detail = new LinkedHashMap<>();
            detail.put("job", jobId);
            detail.put("crop", job.getCropCode());
            detail.put("status", job.getStatus().name());
            detail.put("varietiesAdded", job.getVarietiesAdded());
            detail.put("profilesAdded", job.getProfilesAdded());
            detail.put("rejected", rejected);
            detail.put("sourceSha256", job.getSourceSha256());
            detail.put("sources", sources(req));
            AuditOutcome outcome =
                    job.getStatus() == ImportJob.Status.SUCCEEDED ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE;
            audit.record(
                    new AuditEntry(AuditActions.IMPORT, "import:" + jobId, null, outcome, AuditChanges.json(detail)),
                    job.getCreatedBy() == null ? AuditTrail.SYSTEM : job.getCreatedBy(),
                    null);
        }));
    }

    private static List<Map<String, String>> sources(ImportRequest req) {
        List<Map<String, String>> out = new ArrayList<>();
        BiConsumer<String, ImportRequest.@Nullable Part> add = (role, p) -> {
            if (p != null) out.add(Map.of("role", role, "name", p.name(), "sha256", sha256(p.file())));
        };
        add.accept("varieties", req.varieties());
        add.accept("mcpd", req.mcpd());
        add.accept("panel", req.panelBed());
        req.genotypes().forEach(g -> add.accept("genotypes", g));
        return out;
    }

    /**
     * Jobs that were queued or running when the registry stopped (killed, or the machine went
     * down): their writes were one transaction, so nothing of them is kept. They are marked
     * failed with that reason, at start-up, and can be submitted again.
     */
    @EventListener(ApplicationStartedEvent.class)
    public int failInterrupted() {
        List<ImportJob> stale = separate.execute(s -> {
            List<ImportJob> found = new ArrayList<>(jobs.findByStatusIn(
                    List.of(ImportJob.Status.QUEUED, ImportJob.Status.VALIDATING, ImportJob.Status.WRITING)));
            found.removeIf(j -> running.contains(j.getId()));
            for (ImportJob j : found) {
                j.finish(
                        ImportJob.Status.FAILED,
                        "interrupted: the registry stopped while the job was "
                                + j.getStatus().name().toLowerCase(Locale.ROOT)
                                + "; nothing of it was kept; submit it again",
                        0,
                        0);
            }
            return found;
        });
        if (stale != null && !stale.isEmpty()) {
            log.warn(
                    "{} import job(s) interrupted by a stop marked failed: {}",
                    stale.size(),
                    stale.stream().map(ImportJob::getId).toList());
        }
        return stale == null ? 0 : stale.size();
    }

    private static Rejection rejection(InputFormatException e) {
        return new Rejection(e.source(), e.line(), e.field(), e.problem());
    }

    private static Rejection unreadable(ImportRequest.Part part, IOException e) {
        return new Rejection(part.name(), 0, "file", UnreadableFile.why(part.name(), part.file(), e));
    }

    /** One genotype file as library rows, with errors naming the file as uploaded. */
    private static Library read(ImportRequest.Part part, @Nullable String format, MarkerPanel panel)
            throws IOException, InputFormatException {
        GenotypeFiles.Format f =
                format == null || format.isBlank() ? GenotypeFiles.detect(part.file()) : GenotypeFiles.parse(format);
        LibraryBuilder rows = new LibraryBuilder(panel);
        GenotypeFiles.read(part.file(), part.name(), f, panel, rows);
        return rows.build();
    }

    private static void collect(VarietyCsv.Parsed p, List<VarietyRow> rows, List<Rejection> rejected) {
        rows.addAll(p.rows());
        rejected.addAll(p.rejections());
    }

    /** The panel the genotypes are read against: stored, from BED, or HapMap windows. */
    private @Nullable MarkerPanel panel(ImportRequest req, List<Rejection> rejected) throws IOException {
        if (req.panelId() != null) {
            var stored = profiles.panel(req.panelId())
                    .orElseThrow(() -> new Invalid("panelId", "unknown panel " + req.panelId()));
            if (!stored.getCropCode().equals(req.cropCode())) {
                throw new Invalid("panelId", "panel " + req.panelId() + " belongs to crop " + stored.getCropCode());
            }
            return profiles.matcherPanel(req.panelId()).orElseThrow();
        }
        if (req.panelName() == null || req.panelVersion() == null) {
            throw new Invalid(
                    "panelName",
                    "genotypes need a panel: panelId, or panelName and panelVersion with a BED file or HapMap windows");
        }
        ImportRequest.Part source =
                req.panelBed() != null ? req.panelBed() : req.genotypes().get(0);
        try {
            if (req.panelBed() != null) return BedReader.read(source.file(), req.panelName(), req.panelVersion());
            return HapMapReader.derivePanel(
                    source.file(),
                    req.panelName(),
                    req.panelVersion(),
                    req.windowMaxSpan() == null ? 300 : req.windowMaxSpan(),
                    req.windowMinSnps() == null ? 2 : req.windowMinSnps());
        } catch (InputFormatException e) {
            rejected.add(rejection(e.naming(source.name())));
            return null;
        } catch (IOException e) {
            rejected.add(unreadable(source, e));
            return null;
        }
    }

    private void progress(long jobId, ImportJob.Status status, String phase, long done, long total) {
        separate.executeWithoutResult(s -> jobs.findById(jobId).ifPresent(j -> j.progress(status, phase, done, total)));
    }

    private void finish(long jobId, ImportJob.Status status, String message, int varieties, int profilesAdded) {
        separate.executeWithoutResult(
                s -> jobs.findById(jobId).ifPresent(j -> j.finish(status, message, varieties, profilesAdded)));
    }

    private void reject(long jobId, List<Rejection> rejected) {
        separate.executeWithoutResult(s -> {
            // a bad file rejects every line: its rows go in batches, not one round trip each
            entities.unwrap(Session.class).setJdbcBatchSize(500);
            jobs.findById(jobId)
                    .ifPresent(j -> j.reject(rejected, rejected.size() + " row(s) rejected; nothing was imported"));
        });
    }

    private static String describe(ImportRequest req) {
        List<String> parts = new ArrayList<>();
        if (req.varieties() != null) parts.add(req.varieties().name());
        if (req.mcpd() != null) parts.add(req.mcpd().name());
        req.genotypes().forEach(g -> parts.add(g.name()));
        return req.cropCode() + ": " + String.join(", ", parts);
    }

    /** SHA-256 over the crop, the panel settings, the CSVs' stated encoding and every part's role and bytes. */
    static String digest(ImportRequest req) {
        MessageDigest md = sha();
        update(
                md,
                req.cropCode() + "|" + req.panelId() + "|" + req.panelName() + "|" + req.panelVersion() + "|"
                        + req.windowMaxSpan() + "|" + req.windowMinSnps() + "|" + req.genotypeFormat()
                        // the same bytes read in another encoding are other names (absent: digests as before)
                        + (req.encoding() == null ? "" : "|" + req.encoding()));
        part(md, "varieties", req.varieties());
        part(md, "mcpd", req.mcpd());
        part(md, "panel", req.panelBed());
        for (ImportRequest.Part g : req.genotypes()) part(md, "genotypes", g);
        return HexFormat.of().formatHex(md.digest());
    }

    static String sha256(Path file) {
        MessageDigest md = sha();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int r; (r = in.read(buf)) > 0; ) md.update(buf, 0, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void part(MessageDigest md, String role, ImportRequest.@Nullable Part p) {
        if (p == null) return;
        update(md, role + ":" + sha256(p.file()));
    }

    private static void update(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
