package org.seedprint.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Tests that bring a small library of their own: an import through the API, waited for. */
public final class TestImports {

    private TestImports() {}

    /** Posts the import and polls it until it ends; fails unless it succeeded. */
    public static void importAndWait(MockMvc mvc, MockMultipartHttpServletRequestBuilder req) throws Exception {
        int id = JsonPath.read(mvc.perform(req).andReturn().getResponse().getContentAsString(), "$.id");
        for (int i = 0; i < 600; i++) {
            String body = mvc.perform(get("/api/v1/imports/" + id))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            String status = JsonPath.read(body, "$.status");
            if (!List.of("QUEUED", "VALIDATING", "WRITING").contains(status)) {
                assertThat(status).as(body).isEqualTo("SUCCEEDED");
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import " + id + " did not finish");
    }
}
