package org.seedprint.registry.varieties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.audit.AuditActions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Threshold changes are audited with what changed, not as a request line. */
@RegistryIntegrationTest
class ThresholdAuditTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aThresholdChangeRecordsOldAndNewValues() throws Exception {
        String etag = mvc.perform(get("/api/v1/crops/GOSSY_HIR"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        String before = jdbc.queryForObject(
                "SELECT max_differing_indistinct || ' ' || edv_similarity FROM crop WHERE upov_code = 'GOSSY_HIR'",
                String.class);
        assertThat(before).isNotNull();
        int d = Integer.parseInt(before.split(" ")[0]);
        mvc.perform(put("/api/v1/crops/GOSSY_HIR")
                        .with(user("threshold-admin").roles("ADMINISTRATOR"))
                        .with(csrf())
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"maxDifferingIndistinct\":" + (d + 1)
                                + ",\"edvSimilarity\":0.9,\"minComparedFraction\":0.8}"))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"));
        List<String> details = jdbc.queryForList(
                "SELECT detail FROM audit_event WHERE action = ? AND subject = 'crop:GOSSY_HIR' AND actor = 'threshold-admin'"
                        + " ORDER BY seq DESC",
                String.class,
                AuditActions.THRESHOLD_CHANGE);
        assertThat(details).isNotEmpty();
        assertThat(details.getFirst())
                .contains("\"maxDifferingIndistinct\":{\"old\":" + d + ",\"new\":" + (d + 1) + "}")
                .doesNotContain("PUT /api/v1/crops");
    }
}
