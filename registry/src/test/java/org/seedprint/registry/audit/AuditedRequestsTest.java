package org.seedprint.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;

/** Threshold changes and imports are audited even though their services do not record them. */
@RegistryIntegrationTest
class AuditedRequestsTest {

    @Autowired
    AuditedRequests interceptor;

    @Autowired
    AuditEvents events;

    private void answer(String method, String uri, int status) {
        var request = new MockHttpServletRequest(method, uri);
        request.setRemoteAddr("192.0.2.7");
        var response = new MockHttpServletResponse();
        response.setStatus(status);
        interceptor.afterCompletion(request, response, new Object(), null);
    }

    @Test
    @WithMockUser(username = "threshold-admin", roles = "ADMINISTRATOR")
    void aThresholdChangeIsAnAuditEventWithItsOutcome() {
        answer("PUT", "/api/v1/crops/AUDIT_CROP", 200);
        answer("PUT", "/api/v1/crops/AUDIT_CROP", 412);
        answer("GET", "/api/v1/crops/AUDIT_CROP", 200);

        var found = events.search(
                new AuditEvents.Query("crop:AUDIT_CROP", "threshold-admin", null, null, null), PageRequest.of(0, 10));
        assertThat(found.events()).extracting(AuditEvent::action).containsOnly(AuditActions.THRESHOLD_CHANGE);
        assertThat(found.events())
                .extracting(AuditEvent::outcome)
                .containsExactly(AuditOutcome.FAILURE, AuditOutcome.SUCCESS);
        assertThat(found.events().getLast().remoteAddress()).isEqualTo("192.0.2.7");
        assertThat(found.events().getFirst().detail()).isEqualTo("PUT /api/v1/crops/AUDIT_CROP -> 412");
    }

    @Test
    @WithMockUser(username = "import-examiner", roles = "EXAMINER")
    void importsAreAuditedAndCertificatesAreLeftToTheDepositsArea() {
        answer("POST", "/api/v1/imports", 202);
        answer("GET", "/api/v1/deposits/4b1e3f0e-0000-4000-8000-000000000001/certificate.pdf", 200);

        assertThat(events.search(
                                new AuditEvents.Query("library", "import-examiner", AuditActions.IMPORT, null, null),
                                PageRequest.of(0, 10))
                        .total())
                .isEqualTo(1);
        // DepositController records each issue itself, inside its request: no second event here.
        assertThat(events.search(
                                new AuditEvents.Query(
                                        "deposit:4b1e3f0e-0000-4000-8000-000000000001",
                                        null,
                                        AuditActions.CERTIFICATE_ISSUE,
                                        null,
                                        null),
                                PageRequest.of(0, 10))
                        .total())
                .isZero();
    }
}
