package org.seedprint.registry.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.TestImports;
import org.seedprint.registry.accounts.Accounts;
import org.seedprint.registry.matching.MatchingService;
import org.seedprint.registry.matching.ScreeningContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * A close hit on a profile a deposit was made for opens a claim notice for the deposit's owner,
 * showing neither side the sealed content; the notice cites an accepted agreement only once one
 * covers that deposit, not one between the same parties over other material of the same crop.
 */
@RegistryIntegrationTest
@WithMockUser(username = "examiner-deposit-claims", roles = "EXAMINER")
class DepositClaimTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MatchingService matching;

    @Test
    void aHitOnADepositedProfileOpensOneNoticeForTheDepositorCitingOnlyAnAgreementOverThatDeposit() throws Exception {
        SharingParties p = new SharingParties(mvc, accounts);
        String s = p.suffix;
        String bed = "c1\t100\t300\tD1\nc1\t500\t700\tD2\nc2\t100\t300\tD3\nc2\t500\t700\tD4\n";
        // the deposited line (no owner of record as a variety) and the rival's candidate, identical
        String varieties = """
                sample,denomination_latin,kind,status
                DC-D,Deposited line %s,GERMPLASM_ACCESSION,ACTIVE
                DC-C,Candidate line %s,CANDIDATE,UNDER_EXAMINATION
                """.formatted(s, s);
        StringBuilder genotypes = new StringBuilder();
        for (String sample : new String[] {"DC-D", "DC-C"}) {
            genotypes.append(sample).append("\tD1\tA\t10\n").append(sample).append("\tD2\tC\t10\n");
            genotypes.append(sample).append("\tD3\tG\t10\n").append(sample).append("\tD4\tT\t10\n");
        }
        TestImports.importAndWait(
                mvc,
                multipart("/api/v1/imports")
                        .file(new MockMultipartFile(
                                "varieties", "v.csv", "text/csv", varieties.getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile(
                                "genotypes",
                                "g.tsv",
                                "text/plain",
                                genotypes.toString().getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile(
                                "panel", "p.bed", "text/plain", bed.getBytes(StandardCharsets.UTF_8)))
                        .param("crop", "ORYZA_SAT")
                        .param("format", "TSV")
                        .param("panelName", "deposit-claims-" + s)
                        .param("panelVersion", "1")
                        .with(user("examiner-" + s).roles("EXAMINER"))
                        .with(csrf()));
        long depositedProfile = profileOf("Deposited line " + s);
        long candidateProfile = profileOf("Candidate line " + s);

        String sealed = deposit(p, "SEALED", depositedProfile, "secret-cross-" + s);
        String other = deposit(p, "OPEN", null, "open line " + s);
        // an accepted agreement between the same parties, same crop, over the other deposit only
        String unrelated = agree(p, other, "Open line " + s);

        screen(candidateProfile, p.rivalOrg, s);
        JsonNode claims = p.read(p.owner, "/api/v1/sharing/claims", 200);
        assertThat(claims).hasSize(1);
        JsonNode c = claims.get(0);
        assertThat(c.get("matched").asString()).isEqualTo("deposit:" + sealed);
        assertThat(c.get("ownerOrganisationId").asLong()).isEqualTo(p.ownerOrg);
        assertThat(c.get("applicantOrganisationId").asLong()).isEqualTo(p.rivalOrg);
        assertThat(c.get("classification").asString()).isEqualTo("indistinct");
        assertThat(c.get("state").asString()).isEqualTo("NOTIFIED");
        assertThat(c.get("agreementId").isNull())
                .as("agreement %s covers other material: not cited", unrelated)
                .isTrue();
        long id = c.get("id").asLong();
        JsonNode seenByApplicant = p.read(p.rival, "/api/v1/sharing/claims?side=applicant", 200);
        assertThat(seenByApplicant).hasSize(1);
        assertThat(seenByApplicant.toString() + c).doesNotContain("secret-cross-" + s, "alleles");
        p.read(p.stranger, "/api/v1/sharing/claims/" + id, 404);

        // once an agreement covers the sealed deposit, the next screening cites it; still one notice
        String covering = agree(p, sealed, "Sealed line " + s);
        screen(candidateProfile, p.rivalOrg, s);
        claims = p.read(p.owner, "/api/v1/sharing/claims", 200);
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(claims.get(0).get("screenings").asInt()).isEqualTo(2);
        assertThat(claims.get(0).get("agreementId").asString()).isEqualTo(covering);
        assertThat(claims.get(0).get("derivedVarietyClause").asString()).contains("实质性派生品种", "essentially derived");

        // the depositor screening its own candidate raises nothing
        screen(candidateProfile, p.ownerOrg, s + "-own");
        assertThat(p.read(p.owner, "/api/v1/sharing/claims", 200)).hasSize(1);
    }

    private long profileOf(String denomination) {
        return jdbc.queryForObject(
                "SELECT p.id FROM profile p JOIN sample s ON s.id = p.sample_id JOIN variety v ON v.id = s.variety_id"
                        + " WHERE v.denomination_latin = ?",
                Long.class,
                denomination);
    }

    private void screen(long profile, long applicant, String reference) {
        matching.matchStored(
                profile,
                10,
                new ScreeningContext(
                        ScreeningContext.Kind.APPLICATION, "APP-" + reference, "candidate line", applicant, null));
    }

    private static String deposit(SharingParties p, String visibility, Long profileId, String secret) throws Exception {
        String body = """
                {"crop":"ORYZA_SAT","visibility":"%s","profileId":%s,
                 "passport":{"accessionNumber":"DC-%s-%s","accessionName":"Deposit claim line","genus":"Oryza"},
                 "description":"%s",
                 "sample":{"barcode":"DC-%s-%s","quantity":"200 g","storagePlace":"Sanya cold store",
                           "receivedBy":"clerk1","receivedAt":"2026-11-20T08:00:00Z"}}
                """.formatted(visibility, profileId, p.suffix, visibility, secret, p.suffix, visibility);
        return p.send(p.owner, "/api/v1/deposits", body, 201).get("id").asString();
    }

    /** Offer, request, approval and both acceptances: an accepted agreement over this deposit. */
    private static String agree(SharingParties p, String deposit, String title) throws Exception {
        long offer = p.offer(deposit, title, "\"BREEDING\"");
        long request = p.send(
                        p.rival,
                        "/api/v1/sharing/offers/" + offer + "/requests",
                        "{\"intendedUse\":\"BREEDING\",\"purpose\":\"trial\",\"sealedAccess\":false}",
                        201)
                .get("id")
                .asLong();
        String agreement = p.send(p.owner, "/api/v1/sharing/requests/" + request + "/approval", "{}", 200)
                .get("agreementId")
                .asString();
        String terms = p.read(p.owner, "/api/v1/sharing/agreements/" + agreement, 200)
                .get("termsSha256")
                .asString();
        for (var party : java.util.List.of(p.owner, p.rival)) {
            p.send(
                    party,
                    "/api/v1/sharing/agreements/" + agreement + "/acceptance",
                    "{\"termsSha256\":\"" + terms + "\"}",
                    200);
        }
        return agreement;
    }
}
