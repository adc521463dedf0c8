package org.seedprint.registry.deposits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.accounts.Accounts;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.platform.EmbeddedDatabaseProperties;
import org.seedprint.registry.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sealed deposit: its content and attachment never reach the database files in plain text,
 * only the depositor's organisation and a court holding a grant read it (each read audited), and
 * a master-key rotation re-wraps its data key without changing its digest.
 */
@RegistryIntegrationTest
class SealedDepositTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DepositService deposits;

    @Autowired
    EmbeddedDatabaseProperties database;

    @Autowired
    DepositProperties depositProperties;

    @Test
    void sealedContentIsEncryptedAtRestReadableOnlyByTheDepositorAndAGrantedCourtAndSurvivesKeyRotation()
            throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        accounts.createOrganisation(
                "SEED-" + suffix, "Seed Co " + suffix, "种业" + suffix, Organisation.Kind.BREEDER, "CHN");
        accounts.createOrganisation("RIVAL-" + suffix, "Rival " + suffix, null, Organisation.Kind.BREEDER, "CHN");
        var court = accounts.createOrganisation(
                "COURT-" + suffix, "IP Court " + suffix, "知识产权法院", Organisation.Kind.COURT, "CHN");
        accounts.createUser("owner-" + suffix, "SEED-" + suffix, Set.of(Role.BREEDER), null);
        accounts.createUser("rival-" + suffix, "RIVAL-" + suffix, Set.of(Role.BREEDER), null);
        accounts.createUser("judge-" + suffix, "COURT-" + suffix, Set.of(Role.COURT), null);
        RequestPostProcessor owner = user("owner-" + suffix).roles("BREEDER");
        RequestPostProcessor rival = user("rival-" + suffix).roles("BREEDER");
        RequestPostProcessor judge = user("judge-" + suffix).roles("COURT");

        String secret = "SECRET-MARKER-" + UUID.randomUUID();
        String attachmentSecret = "ATTACHMENT-MARKER-" + UUID.randomUUID();
        String openMarker = "OPEN-MARKER-" + UUID.randomUUID();
        var body = new MockMultipartFile(
                "deposit",
                "",
                MediaType.APPLICATION_JSON_VALUE,
                DepositFixtures.json("SEALED", "Sealed" + suffix, secret).getBytes(StandardCharsets.UTF_8));
        var file = new MockMultipartFile(
                "attachments",
                "cross-notes.txt",
                "text/plain",
                ("crossing plan " + attachmentSecret + "\n").getBytes(StandardCharsets.UTF_8));
        JsonNode sealed = JSON.readTree(mvc.perform(multipart("/api/v1/deposits")
                        .file(body)
                        .file(file)
                        .with(csrf())
                        .with(owner))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        String id = sealed.get("id").asString();
        String digest = sealed.get("sha256").asString();
        mvc.perform(post("/api/v1/deposits")
                        .contentType(MediaType.APPLICATION_JSON)
                        .with(csrf())
                        .with(owner)
                        .content(DepositFixtures.json("OPEN", "Open" + suffix, openMarker)))
                .andExpect(status().isCreated());

        // Only digest, depositor, crop and time are public: no API answer to another user holds the secret.
        for (String path : new String[] {
            "/api/v1/deposits/" + id,
            "/api/v1/deposits?size=500",
            "/api/v1/deposits/" + id + "/certificate.json",
            "/api/v1/deposits/" + id + "/verification"
        }) {
            String answer =
                    mvc.perform(get(path).with(rival)).andReturn().getResponse().getContentAsString();
            assertThat(answer).as(path).doesNotContain(secret).doesNotContain("Sealed" + suffix);
        }
        mvc.perform(get("/api/v1/deposits/" + id + "/content")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/deposits/" + id + "/content").with(rival)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/deposits/" + id + "/content").with(judge)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/deposits/" + id + "/content")
                        .with(user("examiner-" + suffix).roles("EXAMINER")))
                .andExpect(status().isForbidden());
        String own = mvc.perform(get("/api/v1/deposits/" + id + "/content").with(owner))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(own).contains(secret).contains("cross-notes.txt");
        assertThat(DepositService.sha256(own.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(java.util.HexFormat.of().parseHex(digest));

        // A court order opens it to the court, and the read is in the audit trail.
        JsonNode kase = JSON.readTree(mvc.perform(post("/api/v1/cases")
                        .contentType(MediaType.APPLICATION_JSON)
                        .with(csrf())
                        .with(judge)
                        .content("{\"courtName\":\"Hainan FTP IP Court\",\"caseNumber\":\"(2026) Qiong 73 Min Chu "
                                + suffix + "\",\"parties\":\"Seed v Rival\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        mvc.perform(post("/api/v1/cases/" + kase.get("id").asLong() + "/grants")
                        .contentType(MediaType.APPLICATION_JSON)
                        .with(csrf())
                        .with(judge)
                        .content("{\"depositId\":\"" + id + "\",\"reference\":\"order " + suffix
                                + "\",\"depositorOrganisationId\":"
                                + sealed.get("organisationId").asLong() + "}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/deposits/" + id + "/content").with(judge)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_event WHERE action = 'deposit.sealed-read' AND subject = ? AND outcome = 'SUCCESS'",
                        Long.class,
                        "deposit:" + id))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_event WHERE action = 'deposit.sealed-read' AND subject = ? AND outcome = 'DENIED'",
                        Long.class,
                        "deposit:" + id))
                .isGreaterThanOrEqualTo(2);
        assertThat(court.getId()).isNotNull();

        // Raw database files (tables, TOAST, WAL): the open marker is there, the sealed ones are not.
        jdbc.execute("CHECKPOINT");
        Path pgdata = database.dataDirectory().toAbsolutePath();
        assertThat(filesContaining(pgdata, openMarker))
                .as("positive control: plain text is found in %s", pgdata)
                .isNotEmpty();
        assertThat(filesContaining(pgdata, secret)).isEmpty();
        assertThat(filesContaining(pgdata, attachmentSecret)).isEmpty();

        // Rotation: new wrapping, same digest and token, still readable; the old master key is gone.
        String before = jdbc.queryForObject("SELECT master_key_id FROM deposit WHERE id = ?::uuid", String.class, id);
        byte[] wrappedBefore =
                jdbc.queryForObject("SELECT wrapped_key FROM deposit WHERE id = ?::uuid", byte[].class, id);
        String newKey = deposits.rotateMasterKey();
        assertThat(newKey).isNotEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM deposit WHERE wrapped_key IS NOT NULL AND master_key_id <> ?",
                        Long.class,
                        newKey))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT wrapped_key FROM deposit WHERE id = ?::uuid", byte[].class, id))
                .isNotEqualTo(wrappedBefore);
        assertThat(Files.readString(depositProperties.masterKeyFile()))
                .contains(newKey)
                .doesNotContain(before + ":");
        String afterRotation = mvc.perform(
                        get("/api/v1/deposits/" + id + "/content").with(owner))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(afterRotation).isEqualTo(own);
        assertThat(JSON.readTree(mvc.perform(get("/api/v1/deposits/" + id + "/verification"))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .get("valid")
                        .asBoolean())
                .isTrue();
        assertThat(JSON.readTree(mvc.perform(get("/api/v1/deposits/" + id))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .get("sha256")
                        .asString())
                .isEqualTo(digest);
    }

    @Test
    void aSealedDepositNeedsADepositorOrganisation() throws Exception {
        mvc.perform(post("/api/v1/deposits")
                        .contentType(MediaType.APPLICATION_JSON)
                        .with(csrf())
                        .with(user("no-account-breeder").roles("BREEDER"))
                        .content(DepositFixtures.json("SEALED", "Orphan", "x")))
                .andExpect(status().isBadRequest());
    }

    private static java.util.List<Path> filesContaining(Path dir, String marker) throws IOException {
        byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
        AtomicReference<java.util.List<Path>> hits = new AtomicReference<>(new java.util.ArrayList<>());
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).forEach(p -> {
                try {
                    if (indexOf(Files.readAllBytes(p), needle) >= 0) hits.get().add(p);
                } catch (IOException ignored) {
                    // a file removed by PostgreSQL while walking
                }
            });
        }
        return hits.get();
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }
}
