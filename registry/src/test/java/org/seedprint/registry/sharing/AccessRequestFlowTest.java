package org.seedprint.registry.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.accounts.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Access requests through every state as the right users, and every wrong transition as the
 * wrong user or in the wrong state: a clear 4xx naming the problem, and the state unchanged.
 */
@RegistryIntegrationTest
class AccessRequestFlowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    SharingParties p;
    String deposit;
    long offer;

    @BeforeEach
    void offer() throws Exception {
        p = new SharingParties(mvc, accounts);
        deposit = p.deposit("SEALED", "Flow" + p.suffix, "SECRET-" + p.suffix);
        offer = p.offer(deposit, "耐盐稻 Flow " + p.suffix, "\"BREEDING\",\"RESEARCH\"");
    }

    private long request(boolean sealed) throws Exception {
        return p.send(
                        p.rival,
                        "/api/v1/sharing/offers/" + offer + "/requests",
                        "{\"intendedUse\":\"BREEDING\",\"quantity\":\"50 g\",\"purpose\":\"cross with our lines\",\"sealedAccess\":"
                                + sealed + "}",
                        201)
                .get("id")
                .asLong();
    }

    private JsonNode refusedUnchanged(RequestPostProcessor who, long id, String step, String body, int status)
            throws Exception {
        String before = p.state(id);
        long events = timelineSize(id);
        JsonNode problem = p.send(who, "/api/v1/sharing/requests/" + id + "/" + step, body, status);
        assertThat(problem.path("detail").asString()).as(step).isNotBlank();
        assertThat(p.state(id)).as("state after a refused %s", step).isEqualTo(before);
        assertThat(timelineSize(id)).as("timeline after a refused %s", step).isEqualTo(events);
        return problem;
    }

    private long timelineSize(long id) {
        return jdbc.queryForObject("SELECT count(*) FROM sharing_request_event WHERE request_id = ?", Long.class, id);
    }

    @Test
    void aRequestWalksEveryStateAsTheRightUsersAndRefusesEveryWrongStep() throws Exception {
        String shipment = "{\"sampleId\":\"SP-" + p.suffix + "\",\"quantity\":\"50 g\",\"shippedOn\":\"2026-12-01\"}";
        long id = request(false);
        assertThat(p.state(id)).isEqualTo("REQUESTED");
        // the requester cannot approve its own request, nor ship; the owner cannot withdraw it
        JsonNode own = refusedUnchanged(p.rival, id, "approval", "{}", 403);
        assertThat(own.path("detail").asString()).contains("owner");
        refusedUnchanged(p.rival, id, "shipment", shipment, 403);
        refusedUnchanged(p.owner, id, "withdrawal", "{}", 403);
        // a stranger does not even see it
        refusedUnchanged(p.stranger, id, "approval", "{}", 404);
        p.read(p.stranger, "/api/v1/sharing/requests/" + id, 404);
        // not yet agreed: no shipment, no closure
        JsonNode early = refusedUnchanged(p.owner, id, "shipment", shipment, 409);
        assertThat(early.path("field").asString()).isEqualTo("state");
        refusedUnchanged(p.owner, id, "closure", "{}", 409);

        JsonNode approved =
                p.send(p.owner, "/api/v1/sharing/requests/" + id + "/approval", "{\"note\":\"welcome\"}", 200);
        assertThat(approved.get("state").asString()).isEqualTo("APPROVED");
        refusedUnchanged(p.owner, id, "approval", "{}", 409);
        refusedUnchanged(p.owner, id, "refusal", "{}", 409);
        refusedUnchanged(p.rival, id, "withdrawal", "{}", 409);
        refusedUnchanged(p.owner, id, "shipment", shipment, 409);

        // the agreement drafted from the template: both parties accept its digest
        String agreement = approved.get("agreementId").asString();
        JsonNode draft = p.read(p.rival, "/api/v1/sharing/agreements/" + agreement, 200);
        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        assertThat(draft.at("/terms/derivedVariety/percentOfSales").asString()).isEqualTo("5.00");
        assertThat(draft.at("/terms/material/0/depositId").asString())
                .isEqualTo(approved.get("depositId").asString());
        String digest = draft.get("termsSha256").asString();
        JsonNode wrong = p.send(
                p.rival,
                "/api/v1/sharing/agreements/" + agreement + "/acceptance",
                "{\"termsSha256\":\"" + "0".repeat(64) + "\"}",
                409);
        assertThat(wrong.path("field").asString()).isEqualTo("termsSha256");
        p.read(p.stranger, "/api/v1/sharing/agreements/" + agreement, 404);
        p.send(
                p.stranger,
                "/api/v1/sharing/agreements/" + agreement + "/acceptance",
                "{\"termsSha256\":\"" + digest + "\"}",
                404);
        p.send(
                p.rival,
                "/api/v1/sharing/agreements/" + agreement + "/acceptance",
                "{\"termsSha256\":\"" + digest + "\"}",
                200);
        p.send(
                p.rival,
                "/api/v1/sharing/agreements/" + agreement + "/acceptance",
                "{\"termsSha256\":\"" + digest + "\"}",
                409);
        assertThat(p.state(id)).isEqualTo("APPROVED");
        p.read(p.owner, "/api/v1/sharing/agreements/" + agreement + "/certificate.pdf", 409);
        JsonNode accepted = p.send(
                p.owner,
                "/api/v1/sharing/agreements/" + agreement + "/acceptance",
                "{\"termsSha256\":\"" + digest + "\"}",
                200);
        assertThat(accepted.get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("acceptances")).hasSize(2);
        assertThat(p.state(id)).isEqualTo("AGREED");
        refusedUnchanged(p.rival, id, "shipment", shipment, 403);
        refusedUnchanged(p.owner, id, "closure", "{}", 409);

        JsonNode shipped = p.send(p.owner, "/api/v1/sharing/requests/" + id + "/shipment", shipment, 200);
        assertThat(shipped.at("/shipment/sampleId").asString()).isEqualTo("SP-" + p.suffix);
        assertThat(shipped.get("state").asString()).isEqualTo("FULFILLED");
        refusedUnchanged(p.stranger, id, "closure", "{}", 404);
        JsonNode closed = p.send(p.rival, "/api/v1/sharing/requests/" + id + "/closure", "{}", 200);
        assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
        for (String step : List.of("approval", "refusal", "withdrawal", "closure")) {
            refusedUnchanged(step.equals("withdrawal") ? p.rival : p.owner, id, step, "{}", 409);
        }

        // the timeline names who did each step, for which organisation, in order
        List<String> steps = new ArrayList<>();
        for (JsonNode t : closed.get("timeline")) {
            steps.add(t.get("to").asString() + " by " + t.get("actor").asString() + " for "
                    + t.get("organisationId").asLong());
        }
        assertThat(steps)
                .containsExactly(
                        "REQUESTED by " + p.rivalName + " for " + p.rivalOrg,
                        "APPROVED by " + p.ownerName + " for " + p.ownerOrg,
                        "AGREED by " + p.ownerName + " for " + p.ownerOrg,
                        "FULFILLED by " + p.ownerName + " for " + p.ownerOrg,
                        "CLOSED by " + p.rivalName + " for " + p.rivalOrg);
        // and every transition is in the audit trail
        assertThat(jdbc.queryForList(
                        "SELECT action FROM audit_event WHERE subject = ? ORDER BY seq",
                        String.class,
                        "sharing-request:" + id))
                .containsExactly(
                        "sharing.request",
                        "sharing.request-approved",
                        "sharing.request-agreed",
                        "sharing.request-fulfilled",
                        "sharing.request-closed");
    }

    @Test
    void aRefusedRequestCannotBeApprovedOrFulfilledAndAWithdrawnOneIsFinal() throws Exception {
        long refused = request(false);
        p.send(p.owner, "/api/v1/sharing/requests/" + refused + "/refusal", "{\"note\":\"not this season\"}", 200);
        assertThat(p.state(refused)).isEqualTo("REFUSED");
        JsonNode problem = refusedUnchanged(p.owner, refused, "approval", "{}", 409);
        assertThat(problem.path("detail").asString()).contains("REFUSED").contains("final");
        refusedUnchanged(
                p.owner,
                refused,
                "shipment",
                "{\"sampleId\":\"S1\",\"quantity\":\"1 g\",\"shippedOn\":\"2026-12-01\"}",
                409);
        refusedUnchanged(p.rival, refused, "withdrawal", "{}", 409);

        long withdrawn = request(false);
        p.send(p.rival, "/api/v1/sharing/requests/" + withdrawn + "/withdrawal", "{}", 200);
        assertThat(p.state(withdrawn)).isEqualTo("WITHDRAWN");
        refusedUnchanged(p.owner, withdrawn, "approval", "{}", 409);
        refusedUnchanged(p.owner, withdrawn, "refusal", "{}", 409);
    }

    @Test
    void requestsAreRefusedForOwnMaterialForAUseNotOfferedAndForNonBreeders() throws Exception {
        JsonNode own = p.send(
                p.owner,
                "/api/v1/sharing/offers/" + offer + "/requests",
                "{\"intendedUse\":\"BREEDING\",\"purpose\":\"x\",\"sealedAccess\":false}",
                403);
        assertThat(own.path("detail").asString()).contains("own material");
        JsonNode use = p.send(
                p.rival,
                "/api/v1/sharing/offers/" + offer + "/requests",
                "{\"intendedUse\":\"COMMERCIAL\",\"purpose\":\"x\",\"sealedAccess\":false}",
                400);
        assertThat(use.path("field").asString()).isEqualTo("intendedUse");
        p.send(
                p.examiner,
                "/api/v1/sharing/offers/" + offer + "/requests",
                "{\"intendedUse\":\"BREEDING\",\"purpose\":\"x\",\"sealedAccess\":false}",
                403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sharing_request WHERE offer_id = ?", Long.class, offer))
                .isZero();
    }

    @Test
    void sealedContentIsReadableByTheRequesterOnlyAfterApprovalAndEveryReadIsInTheOwnersAccessList() throws Exception {
        String content = "/api/v1/deposits/" + deposit + "/content";
        long id = request(true);
        assertThat(mvc.perform(get(content).with(p.rival))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("before approval")
                .isEqualTo(403);
        JsonNode approved = p.send(p.owner, "/api/v1/sharing/requests/" + id + "/approval", "{}", 200);
        assertThat(approved.get("grantId").isNumber()).isTrue();
        String body = mvc.perform(get(content).with(p.rival))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("SECRET-" + p.suffix);
        // a third organisation still cannot, and the owner's access list shows the rival's read
        assertThat(mvc.perform(get(content).with(p.stranger))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        JsonNode reads = p.read(p.owner, "/api/v1/audit/sealed-access", 200).get("events");
        List<String> rivalReads = new ArrayList<>();
        for (JsonNode e : reads) {
            if (e.get("subject").asString().equals("deposit:" + deposit)
                    && e.get("actor").asString().equals(p.rivalName)) {
                rivalReads.add(e.get("outcome").asString());
            }
        }
        assertThat(rivalReads).containsExactlyInAnyOrder("SUCCESS", "DENIED");
    }
}
