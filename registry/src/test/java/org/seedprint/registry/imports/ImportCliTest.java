package org.seedprint.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.accounts.AccessTokens;
import org.seedprint.registry.accounts.Accounts;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The import CLI as a user runs it: against the registry on its port, with a real access token. */
@RegistryIntegrationTest
class ImportCliTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AccessTokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    static final String BED = "chr1\t100\t300\tC1\nchr1\t500\t700\tC2\nchr2\t100\t250\tC3\n";
    static final String VARIETIES = """
            sample,denomination_latin,kind,status,female,male,derivation
            CLI-A,Clitest Alpha,AUTHORISED,GRANTED,,,
            CLI-B,Clitest Beta,AUTHORISED,GRANTED,,,
            CLI-C,Clitest Gamma,CANDIDATE,UNDER_EXAMINATION,Clitest Alpha,Clitest Beta,CROSS
            """;
    static final String GENOTYPES = """
            sample\tlocus\talleles\tdepths
            CLI-A\tC1\tACGT\t30
            CLI-A\tC2\tTTAA\t30
            CLI-A\tC3\tGG\t30
            CLI-B\tC1\tACGA\t30
            CLI-B\tC2\tTTAC\t30
            CLI-B\tC3\tGC\t30
            CLI-C\tC1\tACGT\t30
            CLI-C\tC2\tTTAC\t30
            CLI-C\tC3\tGG\t30
            """;

    record Run(int exit, String out, String err) {}

    private String token(String username) {
        organisations.findOrCreate("CLI-ORG", "Import CLI Seeds", null, Organisation.Kind.INSTITUTE, "CHN");
        accounts.createUser(username, "CLI-ORG", Set.of(Role.EXAMINER), "cli-test-password");
        return tokens.create(username, "import cli", Duration.ofHours(1)).secret();
    }

    private Run run(String token, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--url=http://localhost:" + port;
        all[1] = "--poll-millis=20";
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = ImportCli.run(
                all,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("SEEDPRINT_TOKEN", token),
                false);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private String[] args(String panelName, Path varieties) throws IOException {
        return new String[] {
            "--crop=ORYZA_SAT",
            "--varieties=" + varieties,
            "--genotypes=" + write("genotypes.tsv", GENOTYPES),
            "--panel=" + write("panel.bed", BED),
            "--panel-name=" + panelName,
            "--panel-version=1",
            "--lab=cli lab"
        };
    }

    @Test
    void aGoodImportShowsProgressPrintsTheReportAndExitsZero() throws IOException {
        Run run = run(token("cli-good"), args("cli-good", write("varieties.csv", VARIETIES)));

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("import \\d+ SUCCEEDED: 3 varieties, 3 profiles added");
        assertThat(run.err())
                .as("plain progress lines when not on a terminal")
                .contains("/6")
                .doesNotContain("\r");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM variety WHERE denomination_latin LIKE 'Clitest %'", Long.class))
                .isEqualTo(3);
    }

    @Test
    void aMalformedFileExitsTwoNamingFileLineAndField() throws IOException {
        Path bad = write(
                "bad-varieties.csv",
                VARIETIES
                        .replace("CLI-B,Clitest Beta,AUTHORISED", "CLI-B,Clitest Beta,AUTHORIZED")
                        .replace("Clitest", "Clibad"));
        Run run = run(token("cli-bad"), args("cli-bad", bad));

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.out())
                .containsPattern("import \\d+ REJECTED: 0 varieties, 0 profiles added")
                .contains("bad-varieties.csv:3: kind: ");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM variety WHERE denomination_latin LIKE 'Clibad %'", Long.class))
                .isZero();
    }

    @Test
    void aReRunReportsTheEarlierJobAndAddsNothing() throws IOException {
        String token = token("cli-again");
        String[] args = args(
                "cli-again",
                write("varieties.csv", VARIETIES.replace("Clitest", "Cliagain").replace("CLI-", "AGAIN-")));
        Files.writeString(dir.resolve("genotypes.tsv"), GENOTYPES.replace("CLI-", "AGAIN-"));
        Run first = run(token, args);
        assertThat(first.exit()).as(first.toString()).isZero();
        Matcher job = Pattern.compile("import (\\d+) SUCCEEDED").matcher(first.out());
        assertThat(job.find()).isTrue();

        Run again = run(token, args);

        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(again.out())
                .contains("imported before, as job " + job.group(1) + "; nothing added")
                .contains("import " + job.group(1) + " SUCCEEDED");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM variety WHERE denomination_latin LIKE 'Cliagain %'", Long.class))
                .isEqualTo(3);
    }
}
