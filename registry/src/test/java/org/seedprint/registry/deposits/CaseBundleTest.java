package org.seedprint.registry.deposits;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.accounts.Accounts;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.evidence.Checkpoint;
import org.seedprint.registry.evidence.EvidenceKeys;
import org.seedprint.registry.evidence.NoteKey;
import org.seedprint.registry.evidence.Tools;
import org.seedprint.registry.evidence.VerifyCli;
import org.seedprint.registry.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** A court's evidence bundle of its case: every certificate form, checkable offline with openssl. */
@RegistryIntegrationTest
class CaseBundleTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    DepositService deposits;

    @Autowired
    Accounts accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    EvidenceKeys keys;

    @TempDir
    Path dir;

    @Test
    void theCourtGetsEveryCertificateAndTheyVerifyOffline() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        organisations.findOrCreate("BUNDLE-COURT", "Bundle Court", null, Organisation.Kind.COURT, "CHN");
        organisations.findOrCreate("BUNDLE-COURT-2", "Other Court", null, Organisation.Kind.COURT, "CHN");
        accounts.createUser("judge-" + suffix, "BUNDLE-COURT", Set.of(Role.COURT), "bundle-test-password");
        accounts.createUser("judge2-" + suffix, "BUNDLE-COURT-2", Set.of(Role.COURT), "bundle-test-password");
        var tsv =
                new ByteArrayResource("sample\tlocus\talleles\tdepths\nHN1\tMNP001\tACGT/ACGA\t12/9\n".getBytes(UTF_8));
        Deposit d = deposits.deposit(
                JSON.readValue(DepositFixtures.json("OPEN", "Bundle", "bundle deposit"), DepositRequest.class),
                List.of(new Attachments.Upload("genotypes.tsv", "text/tab-separated-values", tsv)),
                new CurrentUser("breeder-bundle", null, Set.of(Role.BREEDER)));
        String judge = "judge-" + suffix;
        String created = mvc.perform(post("/api/v1/cases")
                        .with(user(judge).roles("COURT"))
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"courtName\":\"Bundle Court\",\"caseNumber\":\"(2026)B" + suffix
                                + "\",\"parties\":\"A v. B\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long caseId = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(post("/api/v1/cases/" + caseId + "/deposits")
                        .with(user(judge).roles("COURT"))
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"depositId\":\"" + d.id() + "\"}"))
                .andExpect(status().isOk());

        byte[] zip = mvc.perform(get("/api/v1/cases/" + caseId + "/bundle")
                        .with(user(judge).roles("COURT")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<String, byte[]> files = unzip(zip);
        String base = "deposits/" + d.id() + "/certificate";
        assertThat(files)
                .containsKeys(
                        base + ".pdf",
                        base + ".json",
                        base + ".json.p7s",
                        base + ".tsr",
                        "checkpoint.txt",
                        "log-key.txt",
                        "witness-keys.txt",
                        "ca.pem",
                        "tsa.pem",
                        "README.txt");
        for (var f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
        var cms = Tools.run(
                dir,
                "openssl",
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                base + ".json.p7s",
                "-content",
                base + ".json",
                "-CAfile",
                "ca.pem",
                "-purpose",
                "any",
                "-out",
                "/dev/null");
        assertThat(cms.output()).contains("Verification successful");
        var ts = Tools.run(
                dir, "openssl", "ts", "-verify", "-digest", d.sha256(), "-in", base + ".tsr", "-CAfile", "ca.pem");
        assertThat(ts.output()).contains("Verification: OK");
        NoteKey logKey = NoteKey.parseVerifierKey(new String(files.get("log-key.txt"), UTF_8).strip());
        assertThat(Checkpoint.parse(logKey.open(new String(files.get("checkpoint.txt"), UTF_8)))
                        .size())
                .isGreaterThan(0);

        offlineVerifierChecksTheBundle(zip, base + ".pdf", files.get(base + ".pdf"));

        // another court's case does not exist for it
        mvc.perform(get("/api/v1/cases/" + caseId + "/bundle")
                        .with(user("judge2-" + suffix).roles("COURT")))
                .andExpect(status().isNotFound());
    }

    /** The jar's {@code verify} mode on the bundle: no network, no database, the CA pinned by its fingerprint. */
    private void offlineVerifierChecksTheBundle(byte[] zip, String pdfName, byte[] pdf) throws Exception {
        Path bundle = dir.resolve("bundle.zip");
        Files.write(bundle, zip);
        String pin = EvidenceKeys.fingerprint(keys.rootCertificate());
        Run ok =
                verify("--ca-sha256", pin, "--report", dir.resolve("report.txt").toString(), bundle.toString());
        assertThat(ok.exit()).as(ok.out()).isZero();
        assertThat(unzip(zip).get("README.txt")).asString(UTF_8).contains("verify --ca-sha256 " + pin);
        assertThat(ok.out())
                .contains("OK    root CA", "OK    " + pdfName, ".json + .p7s", ".tsr", "OK    checkpoint.txt")
                .contains("RESULT: all");
        assertThat(Files.readString(dir.resolve("report.txt"))).isEqualTo(ok.out());

        Run unpinned = verify(bundle.toString());
        assertThat(unpinned.exit()).isEqualTo(2);
        assertThat(unpinned.err()).contains("--ca-sha256");

        Run wrongPin = verify("--ca-sha256", "00:" + pin.substring(3), bundle.toString());
        assertThat(wrongPin.exit()).isEqualTo(1);
        assertThat(wrongPin.out()).contains("FAIL  root CA");

        Map<String, byte[]> tampered = new TreeMap<>(unzip(zip));
        byte[] changed = pdf.clone();
        changed[changed.length / 3] ^= 0x01;
        tampered.put(pdfName, changed);
        Path forged = dir.resolve("forged.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(forged))) {
            for (var e : tampered.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        Run bad = verify("--ca-sha256", pin, forged.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).contains("FAIL  " + pdfName).contains("RESULT: 1 of");
    }

    record Run(int exit, String out, String err) {}

    private static Run verify(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = VerifyCli.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
        return new Run(exit, out.toString(UTF_8), err.toString(UTF_8));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> out = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }
}
