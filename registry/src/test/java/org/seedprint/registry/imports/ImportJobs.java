package org.seedprint.registry.imports;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.springframework.test.web.servlet.MockMvc;

/** Waits for an import job submitted through the API to end, as a client polls it. */
final class ImportJobs {

    private ImportJobs() {}

    /** The job's view once it has ended (SUCCEEDED, REJECTED or FAILED). */
    static String awaitEnd(MockMvc mvc, int id) throws Exception {
        for (int i = 0; i < 300; i++) {
            String body = mvc.perform(get("/api/v1/imports/" + id))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (List.of("SUCCEEDED", "REJECTED", "FAILED").contains((String) JsonPath.read(body, "$.status")))
                return body;
            Thread.sleep(50);
        }
        throw new AssertionError("import " + id + " did not finish");
    }
}
