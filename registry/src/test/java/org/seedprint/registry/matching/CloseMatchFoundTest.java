package org.seedprint.registry.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.TestImports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every indistinct or EDV-candidate hit of a screening is published as one {@link CloseMatchFound}
 * with the screening's context and the owner of the variety hit; distinct hits are not.
 */
@RegistryIntegrationTest
@RecordApplicationEvents
@WithMockUser(username = "examiner", roles = "EXAMINER")
class CloseMatchFoundTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    static final String BED = "c1\t100\t300\tE1\nc1\t500\t700\tE2\nc2\t100\t300\tE3\nc2\t500\t700\tE4\n";
    static final String VARIETIES = """
            sample,denomination_latin,kind,status,breeder_code,breeder_name
            EV-A,Eventtest Owned,AUTHORISED,GRANTED,EVT-BREEDER,Event Test Breeder
            EV-B,Eventtest Other,AUTHORISED,GRANTED,,
            """;
    // EV-A and EV-B differ at every locus
    static final String LIBRARY = """
            EV-A\tE1\tA\t10
            EV-A\tE2\tC\t10
            EV-A\tE3\tG\t10
            EV-A\tE4\tT\t10
            EV-B\tE1\tT\t10
            EV-B\tE2\tG\t10
            EV-B\tE3\tC\t10
            EV-B\tE4\tA\t10
            """;

    private long importLibrary() throws Exception {
        var req = multipart("/api/v1/imports")
                .file(new MockMultipartFile(
                        "varieties", "varieties.csv", "text/csv", VARIETIES.getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile(
                        "genotypes", "library.tsv", "text/plain", LIBRARY.getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("panel", "panel.bed", "text/plain", BED.getBytes(StandardCharsets.UTF_8)))
                .param("crop", "ORYZA_SAT")
                .param("format", "TSV")
                .param("panelName", "close-match-event-test")
                .param("panelVersion", "1")
                .with(csrf());
        TestImports.importAndWait(mvc, req);
        return jdbc.queryForObject("SELECT id FROM marker_panel WHERE name = 'close-match-event-test'", Long.class);
    }

    @Test
    void anIndistinctHitIsPublishedWithTheOwnerAndADistinctHitIsNot() throws Exception {
        long panelId = importLibrary();
        String query = "Q-COPY\tE1\tA\t10\nQ-COPY\tE2\tC\t10\nQ-COPY\tE3\tG\t10\nQ-COPY\tE4\tT\t10\n";
        var res = mvc.perform(multipart("/api/v1/matches")
                        .file(new MockMultipartFile(
                                "file", "copy.tsv", "text/plain", query.getBytes(StandardCharsets.UTF_8)))
                        .param("panelId", String.valueOf(panelId))
                        .param("format", "TSV")
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(res.getStatus()).as(res.getContentAsString()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(res.getContentAsString(), "$[0].hits[*].classification"))
                .containsExactly("indistinct", "distinct");

        List<CloseMatchFound> found = events.stream(CloseMatchFound.class).toList();
        assertThat(found).hasSize(1);
        CloseMatchFound e = found.getFirst();
        Long owned = jdbc.queryForObject(
                "SELECT v.id FROM variety v WHERE v.denomination_latin = 'Eventtest Owned'", Long.class);
        Long owner = jdbc.queryForObject("SELECT o.id FROM organisation o WHERE o.code = 'EVT-BREEDER'", Long.class);
        assertThat(e.varietyId()).isEqualTo(owned);
        assertThat(e.ownerOrganisationId()).isEqualTo(owner);
        assertThat(e.varietyKind()).isEqualTo("AUTHORISED");
        assertThat(e.classification()).isEqualTo("indistinct");
        assertThat(e.compared()).isEqualTo(4);
        assertThat(e.identical()).isEqualTo(4);
        assertThat(e.differing()).isZero();
        assertThat(e.similarity()).isEqualTo(1.0);
        assertThat(e.panelId()).isEqualTo(panelId);
        assertThat(e.context().kind()).isEqualTo(ScreeningContext.Kind.API);
        assertThat(e.context().candidate()).isEqualTo("copy.tsv / Q-COPY");
        assertThat(e.context().reference()).isNull();
        Long run = jdbc.queryForObject(
                "SELECT run_id FROM match_hit WHERE run_id = ? AND rank = 1", Long.class, e.runId());
        assertThat(run).isEqualTo(e.runId());
    }
}
