package org.seedprint.registry.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.seedprint.registry.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.accounts.Accounts;
import org.seedprint.registry.accounts.Organisation;
import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.platform.DomainException;
import org.seedprint.registry.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The grant mechanism as the sharing area (issue 10) will use it: {@link FakeSharing} stands for
 * that area approving an access request. The requesting organisation's breeders then read the
 * sealed deposit through the same access policy and sealed-read audit as courts.
 */
@RegistryIntegrationTest
class AccessAgreementGrantsTest {

    /** What the sharing area does on approval: the depositor's request calls the public service. */
    record FakeSharing(CaseGrants grants) {
        Grant approve(UUID depositId, long requesterOrganisationId, long requestId) {
            return grants.grantByAccessAgreement(depositId, requesterOrganisationId, "access-request:" + requestId);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    CaseGrants grants;

    @Autowired
    AccessPolicy policy;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    long depositor;
    long requester;
    UUID deposit;

    @BeforeEach
    void setUp() throws Exception {
        depositor = organisations
                .findOrCreate("SHARE-OWNER", "Share Owner Seeds", null, Organisation.Kind.BREEDER, "CHN")
                .getId();
        requester = organisations
                .findOrCreate("SHARE-REQ", "Requesting Seeds", null, Organisation.Kind.BREEDER, "CHN")
                .getId();
        organisations.findOrCreate("SHARE-THIRD", "Third Seeds", null, Organisation.Kind.BREEDER, "CHN");
        organisations.findOrCreate("SHARE-COURT", "A court", null, Organisation.Kind.COURT, "CHN");
        accounts.createUser("owner-" + suffix, "SHARE-OWNER", Set.of(Role.BREEDER), "share-test-password");
        accounts.createUser("req-" + suffix, "SHARE-REQ", Set.of(Role.BREEDER), "share-test-password");
        accounts.createUser("third-" + suffix, "SHARE-THIRD", Set.of(Role.BREEDER), "share-test-password");
        accounts.createUser("reqjudge-" + suffix, "SHARE-REQ", Set.of(Role.COURT), "share-test-password");
        deposit = CaseGrantsTest.sealedDeposit(mvc, owner(), "share-" + suffix);
    }

    private RequestPostProcessor owner() {
        return user("owner-" + suffix).roles("BREEDER");
    }

    private RequestPostProcessor requesting() {
        return user("req-" + suffix).roles("BREEDER");
    }

    @Test
    void anApprovedRequestLetsTheRequesterReadAndTheDepositorSeesTheGrantAndEveryRead() throws Exception {
        FakeSharing sharing = new FakeSharing(grants);
        String content = "/api/v1/deposits/" + deposit + "/content";
        mvc.perform(get(content).with(requesting())).andExpect(status().isForbidden());

        // only the depositor approves: the requester cannot grant itself access
        assertThatThrownBy(() -> as("req-" + suffix, Role.BREEDER, () -> sharing.approve(deposit, requester, 1)))
                .isInstanceOf(DomainException.Forbidden.class);
        Grant grant = as("owner-" + suffix, Role.BREEDER, () -> sharing.approve(deposit, requester, 7));
        assertThat(grant.basis()).isEqualTo(GrantBasis.ACCESS_AGREEMENT);
        assertThat(grant.caseId()).isNull();
        assertThat(grant.depositorOrganisationId()).isEqualTo(depositor);
        assertThat(grant.granteeOrganisationId()).isEqualTo(requester);
        // approving the same request again answers the same grant
        assertThat(as("owner-" + suffix, Role.BREEDER, () -> sharing.approve(deposit, requester, 7))
                        .id())
                .isEqualTo(grant.id());

        mvc.perform(get(content).with(requesting()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pedigree").value("secret cross share-" + suffix));
        // the grant is the requesting breeders': not a third breeder's, nor a court user of that organisation
        mvc.perform(get(content).with(user("third-" + suffix).roles("BREEDER"))).andExpect(status().isForbidden());
        mvc.perform(get(content).with(user("reqjudge-" + suffix).roles("COURT")))
                .andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/grants").with(owner()))
                .andExpect(jsonPath("$[?(@.id == " + grant.id() + ")].basis").value("ACCESS_AGREEMENT"))
                .andExpect(
                        jsonPath("$[?(@.id == " + grant.id() + ")].reference").value("access-request:7"));
        mvc.perform(get("/api/v1/audit/sealed-access").with(owner()))
                .andExpect(jsonPath("$.events[?(@.actor == 'req-" + suffix + "' && @.outcome == 'SUCCESS')].detail")
                        .value(hasItem(containsString("access agreement access-request:7"))))
                .andExpect(jsonPath("$.events[?(@.actor == 'third-" + suffix + "')].outcome")
                        .value(hasItem("DENIED")));

        // the requester may renounce it; a third breeder may not end it
        mvc.perform(delete("/api/v1/grants/" + grant.id())
                        .with(user("third-" + suffix).roles("BREEDER"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/grants/" + grant.id()).with(requesting()).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(get(content).with(requesting())).andExpect(status().isForbidden());
        assertThat(as("req-" + suffix, Role.BREEDER, () -> policy.canReadSealed(deposit, depositor)))
                .isFalse();
    }

    @Test
    void theDepositorEndsAnAgreementAndBadGrantsAreRefused() throws Exception {
        FakeSharing sharing = new FakeSharing(grants);
        Grant grant = as("owner-" + suffix, Role.BREEDER, () -> sharing.approve(deposit, requester, 8));
        mvc.perform(delete("/api/v1/grants/" + grant.id()).with(owner()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revokedBy").value("owner-" + suffix));
        mvc.perform(get("/api/v1/deposits/" + deposit + "/content").with(requesting()))
                .andExpect(status().isForbidden());

        assertThatThrownBy(() ->
                        as("owner-" + suffix, Role.BREEDER, () -> sharing.approve(UUID.randomUUID(), requester, 9)))
                .isInstanceOf(DomainException.NotFound.class);
        assertThatThrownBy(() -> as("owner-" + suffix, Role.BREEDER, () -> sharing.approve(deposit, depositor, 9)))
                .isInstanceOf(DomainException.Invalid.class);
        assertThatThrownBy(() -> as("owner-" + suffix, Role.BREEDER, () -> sharing.approve(deposit, 987_654_321L, 9)))
                .isInstanceOf(DomainException.Invalid.class);
        assertThatThrownBy(() -> as(
                        "owner-" + suffix, Role.BREEDER, () -> grants.grantByAccessAgreement(deposit, requester, " ")))
                .isInstanceOf(DomainException.Invalid.class);
    }
}
