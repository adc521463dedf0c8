package org.seedprint.registry.deposits;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.seedprint.registry.evidence.EvidenceDocuments;
import org.seedprint.registry.evidence.LogAudit;
import org.seedprint.registry.evidence.TransparencyLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole evidence audit: the log recomputed against every signed checkpoint, and every deposit
 * re-hashed (decrypted if sealed) and matched with its log entry. A changed, inserted or deleted
 * row in any of these tables shows up as a problem.
 */
@Service
public class EvidenceAudit {

    /** What the audit found. */
    public record Report(LogAudit log, long depositsChecked, List<String> problems) {
        @JsonProperty("consistent")
        public boolean consistent() {
            return problems.isEmpty();
        }
    }

    private final TransparencyLog log;
    private final DepositService deposits;
    private final JdbcTemplate jdbc;

    EvidenceAudit(TransparencyLog log, DepositService deposits, JdbcTemplate jdbc) {
        this.log = log;
        this.deposits = deposits;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Report run() {
        LogAudit logAudit = log.audit();
        List<String> problems = new ArrayList<>(logAudit.problems());
        long[] checked = {0};
        Map<Long, byte[]> logged = log.entries(DepositService.LOG_KIND);
        jdbc.query("SELECT id, sha256, log_index FROM deposit ORDER BY log_index", rs -> {
            checked[0]++;
            UUID id = rs.getObject("id", UUID.class);
            byte[] sha256 = rs.getBytes("sha256");
            byte[] entry = logged.get(rs.getLong("log_index"));
            if (entry == null) {
                problems.add("deposit " + id + ": its log entry " + rs.getObject("log_index") + " is missing");
            } else if (!Arrays.equals(entry, EvidenceDocuments.entry(DepositService.KIND, id, sha256))) {
                problems.add("deposit " + id + ": its digest or id differs from log entry " + rs.getLong("log_index"));
            }
            try {
                if (!Arrays.equals(DepositService.sha256(deposits.content(id)), sha256)) {
                    problems.add("deposit " + id + ": stored content does not hash to "
                            + HexFormat.of().formatHex(sha256));
                }
            } catch (IllegalStateException e) {
                problems.add("deposit " + id + ": " + e.getMessage());
            }
        });
        if (logged.size() != checked[0]) {
            problems.add(logged.size() + " deposit entries in the log, " + checked[0] + " deposits stored");
        }
        return new Report(logAudit, checked[0], List.copyOf(problems));
    }
}
