package org.seedprint.registry.accounts;

import java.util.Arrays;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar seedprint-registry.jar admin <command> --option=value ...}: the registry
 * without its web server, running one administrator command against its database, then exiting.
 */
public final class AdminCli {

    public static final String MODE = "admin";

    private AdminCli() {}

    /** Runs the command after "admin" and returns the process exit code. */
    public static int run(Class<?> application, String[] args) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .properties(
                            "seedprint.cli.admin=true",
                            "spring.main.banner-mode=off",
                            "logging.level.root=WARN",
                            "logging.level.org.seedprint=INFO",
                            // the cause is printed below, without the stack trace
                            "logging.level.org.springframework.boot.SpringApplication=OFF")
                    .run(rest);
            context.close();
            return 0;
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof AdminCommands.UsageException)) {
                cause = cause.getCause();
            }
            System.err.println("admin: " + cause.getMessage());
            return 2;
        }
    }
}
