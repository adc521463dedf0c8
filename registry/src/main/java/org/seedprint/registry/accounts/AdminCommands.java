package org.seedprint.registry.accounts;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.audit.AuditCheck;
import org.seedprint.registry.platform.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The commands of {@link AdminCli}; each prints its result on standard output. */
@Component
@Order(100)
@ConditionalOnProperty(name = "seedprint.cli.admin", havingValue = "true")
class AdminCommands implements ApplicationRunner {

    static final String USAGE = """
            usage: seedprint admin <command> [--option=value ...]
              create-organisation --code=C --name=N [--name-zh=N] --kind=BREEDER|INSTITUTE|GENEBANK|COURT|AUTHORITY [--country=CHN]
              create-user --username=U --organisation=CODE --roles=BREEDER[,EXAMINER,COURT,ADMINISTRATOR]
              create-token --username=U --name=N [--days=90]
              disable-user --username=U
              list-users
              audit-check""";

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message + "\n" + USAGE);
        }
    }

    private final Accounts accounts;
    private final AccessTokens tokens;
    private final AuditCheck auditCheck;

    AdminCommands(Accounts accounts, AccessTokens tokens, AuditCheck auditCheck) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.auditCheck = auditCheck;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> commands = args.getNonOptionArgs();
        if (commands.size() != 1) {
            throw new UsageException("one command expected, got " + commands);
        }
        switch (commands.getFirst()) {
            case "create-organisation" -> {
                var o = accounts.createOrganisation(
                        required(args, "code"),
                        required(args, "name"),
                        optional(args, "name-zh"),
                        Organisation.Kind.valueOf(required(args, "kind").toUpperCase(Locale.ROOT)),
                        optional(args, "country"));
                System.out.println("organisation " + o.getCode() + " created, id " + o.getId());
            }
            case "create-user" -> {
                Set<Role> roles = Arrays.stream(required(args, "roles").split(","))
                        .map(r -> Role.valueOf(r.strip().toUpperCase(Locale.ROOT)))
                        .collect(Collectors.toSet());
                var created =
                        accounts.createUser(required(args, "username"), required(args, "organisation"), roles, null);
                System.out.println("user " + created.user().username() + " created with roles "
                        + created.user().roles());
                System.out.println("one-time password (shown only now): " + created.generatedPassword());
            }
            case "create-token" -> {
                int days = Integer.parseInt(optional(args, "days") == null ? "90" : optional(args, "days"));
                var created = tokens.create(required(args, "username"), required(args, "name"), Duration.ofDays(days));
                System.out.println("token " + created.token().id() + " expires "
                        + created.token().expiresAt());
                System.out.println("secret (shown only now): " + created.secret());
            }
            case "disable-user" -> {
                accounts.setEnabled(required(args, "username"), false);
                System.out.println("user " + required(args, "username") + " disabled");
            }
            case "list-users" ->
                accounts.list()
                        .forEach(u -> System.out.println(u.username() + "\torganisation " + u.organisationId() + "\t"
                                + u.roles() + (u.enabled() ? "" : "\tdisabled")));
            case "audit-check" -> {
                var report = auditCheck.verify();
                System.out.println(
                        (report.intact() ? "intact: " : "NOT intact: ") + report.eventsChecked() + " events, head "
                                + report.head().seq() + " " + report.head().digest());
                report.problems().forEach(p -> System.out.println("event " + p.seq() + ": " + p.problem()));
                if (!report.intact()) throw new IllegalStateException("the audit chain is not intact");
            }
            default -> throw new UsageException("unknown command " + commands.getFirst());
        }
    }

    private static String required(ApplicationArguments args, String name) {
        String value = optional(args, name);
        if (value == null || value.isBlank()) {
            throw new UsageException("--" + name + " is required");
        }
        return value;
    }

    private static @Nullable String optional(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
