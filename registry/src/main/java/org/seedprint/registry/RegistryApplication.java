package org.seedprint.registry;

import java.util.Arrays;
import org.seedprint.registry.accounts.AdminCli;
import org.seedprint.registry.deposits.EvidenceCli;
import org.seedprint.registry.evidence.VerifyCli;
import org.seedprint.registry.evidence.WitnessCli;
import org.seedprint.registry.imports.ImportCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The SeedPrint registry: fingerprint library, matcher service and evidence deposits. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RegistryApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(AdminCli.MODE)) {
            System.exit(AdminCli.run(RegistryApplication.class, args));
        }
        if (args.length > 0 && args[0].equals(EvidenceCli.MODE)) {
            System.exit(EvidenceCli.run(RegistryApplication.class, args));
        }
        if (args.length > 0 && args[0].equals(WitnessCli.MODE)) {
            // a witness on a court's machine: no database, no Spring context
            System.exit(WitnessCli.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals(VerifyCli.MODE)) {
            // a court's offline check: no database, no network, no Spring context
            System.exit(VerifyCli.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals(ImportCli.MODE)) {
            // a client of a running registry: no Spring context of its own
            System.exit(ImportCli.run(
                    Arrays.copyOfRange(args, 1, args.length),
                    System.out,
                    System.err,
                    System.getenv(),
                    Terminal.interactive()));
        }
        SpringApplication.run(RegistryApplication.class, args);
    }
}
