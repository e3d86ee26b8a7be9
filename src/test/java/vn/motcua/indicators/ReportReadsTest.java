package vn.motcua.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.DemoSystemTest;
import vn.motcua.StatementLog;

/**
 * Submitting and approving each compute the report once: the report validated is the report sent,
 * and the report approved is the one stored. Counted by the reads of the dossier figures and of the
 * catalogue each request sends to the database.
 */
@DemoSystemTest
@Import(StatementLog.Installed.class)
class ReportReadsTest {

    private static final String PATH = "/api/v1/reports/CCHC-2024/2022-Q2/15502";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    private StatementLog.Recorded<JsonNode> send(RequestBuilder request) {
        return StatementLog.record(() -> {
            try {
                MvcResult result = mvc.perform(request).andReturn();
                assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
                return JSON.readTree(result.getResponse().getContentAsString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static long figureReads(List<String> statements) {
        return statements.stream().filter(s -> s.contains("dossiers_half_month_figure")).count();
    }

    private static long catalogueReads(List<String> statements) {
        return statements.stream().filter(s -> s.contains("from procedures_procedure p") && !s.contains("where p.code")).count();
    }

    @Test
    void submittingAndApprovingEachComputeTheReportOnce() {
        ReportCompletion.complete(mvc, PATH.substring("/api/v1/reports/".length()), user(accounts.loadUserByUsername("reporter2")));
        StatementLog.Recorded<JsonNode> submitted = send(post(PATH + "/submit").with(csrf())
                .with(user(accounts.loadUserByUsername("reporter2"))));
        assertThat(submitted.result().get("status").asText()).isEqualTo("SUBMITTED");
        // Once to compile the rows; once more, in the same transaction, for the narrative's own figures (the dossier measures
        // the appendix does not print: late results by level, each unit below's late results), kept with the text as it went
        // up (reports_document_figure) so that the approved report says what the approver read. The rows are not read again.
        assertThat(figureReads(submitted.statements())).as("dossier figures read").isEqualTo(2);
        assertThat(catalogueReads(submitted.statements())).as("catalogue read").isEqualTo(1);

        StatementLog.Recorded<JsonNode> approved = send(post(PATH + "/approve").with(csrf())
                .with(user(accounts.loadUserByUsername("reform"))));
        assertThat(approved.result().get("status").asText()).isEqualTo("APPROVED");
        // Once, to compile the rows: the document the approval signs with the unit's certificate (and keeps, never to render it
        // again) is filled with the narrative's own figures kept at submission, not read again.
        assertThat(figureReads(approved.statements())).as("dossier figures read").isEqualTo(1);
        assertThat(catalogueReads(approved.statements())).as("catalogue read").isEqualTo(1);

        JsonNode stored = send(get(PATH).with(user(accounts.loadUserByUsername("reform")))).result();
        assertThat(approved.result().get("rows")).as("the approval's answer is the report as stored").isEqualTo(stored.get("rows"));
        assertThat(approved.result().get("version")).isEqualTo(stored.get("version"));
    }
}
