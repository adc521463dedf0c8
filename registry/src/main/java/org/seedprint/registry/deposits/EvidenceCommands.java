package org.seedprint.registry.deposits;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The commands of {@link EvidenceCli}; each prints its result on standard output. */
@Component
@ConditionalOnProperty(name = "seedprint.cli.evidence", havingValue = "true")
class EvidenceCommands implements ApplicationRunner {

    static final String USAGE = """
            usage: seedprint-registry evidence <command>
              audit              recompute the log from the stored entries, check every signed checkpoint,
                                 every deposit's digest and log entry; exit 1 if anything does not match
              rotate-master-key  re-wrap every sealed deposit's data key with a new master key""";

    private final EvidenceAudit audit;
    private final DepositService deposits;
    private int exitCode;

    EvidenceCommands(EvidenceAudit audit, DepositService deposits) {
        this.audit = audit;
        this.deposits = deposits;
    }

    int exitCode() {
        return exitCode;
    }

    @Override
    public void run(ApplicationArguments args) {
        var commands = args.getNonOptionArgs();
        if (commands.size() != 1) {
            throw new IllegalArgumentException("one command expected, got " + commands + "\n" + USAGE);
        }
        switch (commands.getFirst()) {
            case "audit" -> {
                EvidenceAudit.Report report = audit.run();
                System.out.println((report.consistent() ? "consistent: " : "NOT consistent: ")
                        + report.log().entries()
                        + " log entries, " + report.log().checkpointsChecked() + " signed checkpoints, "
                        + report.depositsChecked() + " deposits");
                report.problems().forEach(p -> System.out.println("problem: " + p));
                exitCode = report.consistent() ? 0 : 1;
            }
            case "rotate-master-key" -> {
                try {
                    System.out.println("data keys re-wrapped with master key " + deposits.rotateMasterKey()
                            + "; back up the new master key file now");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            default -> throw new IllegalArgumentException("unknown command " + commands.getFirst() + "\n" + USAGE);
        }
    }
}
