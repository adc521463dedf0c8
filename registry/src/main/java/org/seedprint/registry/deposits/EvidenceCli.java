package org.seedprint.registry.deposits;

import java.util.Arrays;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * {@code java -jar seedprint-registry.jar evidence audit|rotate-master-key}: the registry without
 * its web server, running one evidence command against its database and keys, then exiting
 * (0 = done and consistent, 1 = the audit found problems, 2 = the command failed).
 */
public final class EvidenceCli {

    public static final String MODE = "evidence";

    private EvidenceCli() {}

    public static int run(Class<?> application, String[] args) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try (var context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(
                        "seedprint.cli.evidence=true",
                        "spring.main.banner-mode=off",
                        "logging.level.root=WARN",
                        "logging.level.org.seedprint=INFO")
                .run(rest)) {
            return context.getBean(EvidenceCommands.class).exitCode();
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            System.err.println("evidence: " + cause.getMessage());
            return 2;
        }
    }
}
