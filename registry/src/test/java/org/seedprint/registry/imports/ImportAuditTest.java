package org.seedprint.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.audit.AuditActions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An import is audited once it ends: by its submitter, with its job, counts and source digests. */
@RegistryIntegrationTest
class ImportAuditTest {

    @Autowired
    ImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anImportIsAuditedWithItsJobCountsAndSourceDigests(@TempDir Path dir) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Path csv = dir.resolve("v.csv");
        Files.writeString(csv, """
                sample,denomination_latin,kind,status
                IA-%1$s-A,Import audit %1$s A,CANDIDATE,APPLIED
                IA-%1$s-B,Import audit %1$s B,CANDIDATE,APPLIED
                """.formatted(suffix));
        ImportJob job = imports.runNow(
                new ImportRequest(
                        "GLYCI_MAX",
                        new ImportRequest.Part("v.csv", csv),
                        null,
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                "import-auditor");
        assertThat(job.getStatus()).as(job.getMessage()).isEqualTo(ImportJob.Status.SUCCEEDED);
        Map<String, Object> event = jdbc.queryForMap(
                "SELECT actor, outcome, detail FROM audit_event WHERE action = ? AND subject = ?",
                AuditActions.IMPORT,
                "import:" + job.getId());
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(csv)));
        assertThat(event.get("actor")).isEqualTo("import-auditor");
        assertThat(event.get("outcome")).isEqualTo("SUCCESS");
        assertThat((String) event.get("detail"))
                .contains("\"job\":" + job.getId())
                .contains("\"status\":\"SUCCEEDED\"")
                .contains("\"varietiesAdded\":2")
                .contains("\"profilesAdded\":0")
                .contains("\"sourceSha256\":\"" + job.getSourceSha256() + "\"")
                .contains(sha);
        // the rows' own writes are covered by this one event, not audited one by one
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_event WHERE action = ? AND detail LIKE ?",
                        Long.class,
                        AuditActions.VARIETY_CREATE,
                        "%Import audit " + suffix + "%"))
                .isZero();
    }
}
