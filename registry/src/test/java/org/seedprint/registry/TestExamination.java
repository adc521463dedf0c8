package org.seedprint.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Tests of the examination API: a batch waited for, an application's endpoints posted to. */
public final class TestExamination {

    private TestExamination() {}

    /** Polls the batch as an examiner until it ends; fails unless it is done. Returns its last state. */
    public static String waitForBatch(MockMvc mvc, int id) throws Exception {
        for (int i = 0; i < 6000; i++) {
            String body = mvc.perform(get("/api/v1/examination/batches/" + id)
                            .with(user("examiner").roles("EXAMINER")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            String status = JsonPath.read(body, "$.status");
            if (!List.of("QUEUED", "SCREENING").contains(status)) {
                assertThat(status).as(body).isEqualTo("DONE");
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("batch " + id + " did not finish");
    }

    /** POSTs JSON to {@code /api/v1/examination/applications/<path>} as {@code who}. */
    public static MockHttpServletResponse postJson(MockMvc mvc, String path, String json, RequestPostProcessor who)
            throws Exception {
        return mvc.perform(post("/api/v1/examination/applications/" + path)
                        .with(who)
                        .with(csrf())
                        .contentType("application/json")
                        .content(json))
                .andReturn()
                .getResponse();
    }
}
