package org.seedprint.registry.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every list endpoint reads paging through the one resolver: out-of-range or malformed paging is
 * a 400 problem naming the parameter (issue 14 found 500s for page=2147483647 and page=-1), and a
 * good page still answers.
 */
@RegistryIntegrationTest
class PagingTest {

    @Autowired
    MockMvc mvc;

    static Stream<Arguments> badPaging() {
        return Stream.of("/api/v1/varieties", "/api/v1/panels", "/api/v1/crops", "/api/v1/deposits")
                .flatMap(path -> Stream.of(
                        Arguments.of(path, "page=-1", "page"),
                        Arguments.of(path, "page=2147483647", "page"),
                        Arguments.of(path, "page=x", "page"),
                        Arguments.of(path, "size=0", "size"),
                        Arguments.of(path, "size=1001", "size")));
    }

    @ParameterizedTest(name = "{0}?{1}")
    @MethodSource("badPaging")
    void outOfRangePagingIsA400NamingTheParameter(String path, String query, String field) throws Exception {
        mvc.perform(get(path + "?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.field").value(field));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodPaging")
    void aPageInRangeAnswers(String path) throws Exception {
        mvc.perform(get(path + "?page=0&size=1000")).andExpect(status().isOk());
    }

    static Stream<String> goodPaging() {
        return Stream.of("/api/v1/varieties", "/api/v1/panels", "/api/v1/crops", "/api/v1/deposits");
    }
}
