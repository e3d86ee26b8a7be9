package vn.motcua.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/**
 * Who may do what, rule by rule: each role a rule refuses gets 403, each role it lets through gets
 * past it, whichever record is named. A record the caller may not reach stays 404, as on every read.
 * One demo account per role: admin, reform (REFORM_OFFICER), leader, clerk, specialist, reporter.
 */
@DemoSystemTest
class RoleChecksTest {

    /** No record has this id: the role is refused before any record is looked up, so the id does not matter to a refusal. */
    private static final String NONE = "2147483000";
    private static final String PETITION = "PAKN-000000-AAAAAA";
    private static final String REPORT = "/api/v1/reports/CCHC-2024/2024-Q1/15493";

    private static final List<String> PLANNERS = List.of("reform", "leader", "admin");
    private static final List<String> NOT_PLANNERS = List.of("clerk", "specialist", "reporter");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @LocalServerPort
    int port;

    private static Arguments rule(String rule, Supplier<AbstractMockHttpServletRequestBuilder<?>> request, List<String> allowed, List<String> refused) {
        return Arguments.of(rule, request, allowed, refused);
    }

    private static Supplier<AbstractMockHttpServletRequestBuilder<?>> json(HttpMethod method, String path, String body) {
        return () -> switch (method.name()) {
            case "POST" -> post(path).contentType(MediaType.APPLICATION_JSON).content(body);
            case "PUT" -> put(path).contentType(MediaType.APPLICATION_JSON).content(body);
            default -> throw new IllegalArgumentException(method.name());
        };
    }

    static Stream<Arguments> rules() {
        List<String> petitionStaff = List.of("clerk", "specialist", "leader", "reform", "admin");
        List<String> surveyEntry = List.of("clerk", "leader", "reform", "admin", "reporter");
        List<String> dialogueRecorders = List.of("reporter", "leader", "reform", "admin");
        List<String> investmentWriters = List.of("specialist", "leader", "reform", "admin", "reporter");
        List<String> reportComposers = List.of("reform", "leader", "admin", "reporter");
        List<String> templateKeepers = List.of("reform", "admin");
        String scores = "{\"information\":3,\"timeliness\":3,\"attitude\":3,\"result\":3}";
        String inspection = "{\"discipline\":false}";
        return Stream.of(
                rule("a planner records a document", json(HttpMethod.POST, "/api/v1/documents", "{}"), PLANNERS, NOT_PLANNERS),
                rule("a planner corrects a document", json(HttpMethod.PUT, "/api/v1/documents/" + NONE, "{}"), PLANNERS, NOT_PLANNERS),
                rule("a planner attaches a document's file", () -> multipart(HttpMethod.PUT, "/api/v1/documents/" + NONE + "/file")
                        .file(new MockMultipartFile("file", "kh.pdf", "application/pdf", new byte[] { '%', 'P', 'D', 'F' })),
                        PLANNERS, NOT_PLANNERS),
                rule("a planner gives a task", json(HttpMethod.POST, "/api/v1/tasks", "{}"), PLANNERS, NOT_PLANNERS),
                rule("a planner records an inspection", json(HttpMethod.POST, "/api/v1/inspections", inspection), PLANNERS, NOT_PLANNERS),
                rule("a planner corrects an inspection", json(HttpMethod.PUT, "/api/v1/inspections/" + NONE, inspection), PLANNERS,
                        NOT_PLANNERS),
                rule("a planner adds a finding", json(HttpMethod.POST, "/api/v1/inspections/" + NONE + "/findings", "{}"), PLANNERS,
                        NOT_PLANNERS),
                rule("a planner resolves a finding", json(HttpMethod.PUT, "/api/v1/inspections/findings/" + NONE, "{}"), PLANNERS,
                        NOT_PLANNERS),

                rule("staff list petitions", () -> get("/api/v1/feedback"), petitionStaff, List.of("reporter")),
                rule("staff type in a petition", json(HttpMethod.POST, "/api/v1/feedback", "{}"), petitionStaff, List.of("reporter")),
                rule("staff read a petition", () -> get("/api/v1/feedback/" + PETITION), petitionStaff, List.of("reporter")),
                rule("staff assign a petition", json(HttpMethod.POST, "/api/v1/feedback/" + PETITION + "/assign", "{}"), petitionStaff,
                        List.of("reporter")),
                rule("staff answer a petition", json(HttpMethod.POST, "/api/v1/feedback/" + PETITION + "/answer", "{}"), petitionStaff,
                        List.of("reporter")),
                rule("staff publish an answer", json(HttpMethod.POST, "/api/v1/feedback/" + PETITION + "/publish", "{}"), petitionStaff,
                        List.of("reporter")),
                rule("staff dismiss a petition", json(HttpMethod.POST, "/api/v1/feedback/" + PETITION + "/dismiss", "{}"), petitionStaff,
                        List.of("reporter")),
                rule("staff open a petition's file", () -> get("/api/v1/feedback/" + PETITION + "/files/" + NONE), petitionStaff,
                        List.of("reporter")),

                rule("staff type in a paper survey slip", json(HttpMethod.POST, "/api/v1/surveys", scores), surveyEntry,
                        List.of("specialist")),

                rule("a dialogue is recorded", json(HttpMethod.POST, "/api/v1/dialogues", "{}"), dialogueRecorders,
                        List.of("clerk", "specialist")),
                rule("an issue raised is followed up", json(HttpMethod.POST, "/api/v1/dialogues/" + NONE + "/issues/" + NONE, "{}"),
                        dialogueRecorders, List.of("clerk", "specialist")),

                rule("a project is registered", json(HttpMethod.POST, "/api/v1/investment/projects", "{}"), investmentWriters,
                        List.of("clerk")),
                rule("a project's progress is reported", json(HttpMethod.POST, "/api/v1/investment/projects/" + NONE + "/progress", "{}"),
                        investmentWriters, List.of("clerk")),
                rule("a milestone is added", json(HttpMethod.POST, "/api/v1/investment/projects/" + NONE + "/milestones", "{}"),
                        investmentWriters, List.of("clerk")),
                rule("a milestone is reached",
                        json(HttpMethod.POST, "/api/v1/investment/projects/" + NONE + "/milestones/" + NONE + "/done", "{}"),
                        investmentWriters, List.of("clerk")),
                rule("a project's recovery is recorded", json(HttpMethod.POST, "/api/v1/investment/projects/" + NONE + "/recovery", "{}"),
                        investmentWriters, List.of("clerk")),
                rule("the year's capital plan is set", json(HttpMethod.PUT, "/api/v1/investment/capital-plans/15499/2026", "{}"),
                        investmentWriters, List.of("clerk")),
                rule("capital mobilised is entered", json(HttpMethod.POST, "/api/v1/investment/capital", "{}"), investmentWriters,
                        List.of("clerk")),
                rule("a new enterprise is entered", json(HttpMethod.POST, "/api/v1/investment/enterprises", "{}"), investmentWriters,
                        List.of("clerk")),
                rule("new enterprises are imported", () -> post("/api/v1/investment/enterprises/import").contentType("text/csv")
                        .content("unitCode,name,taxCode,registeredOn\n"), investmentWriters, List.of("clerk")),
                rule("a market inspection is recorded", json(HttpMethod.POST, "/api/v1/investment/market-inspections", "{}"),
                        investmentWriters, List.of("clerk")),
                rule("an investment opportunity is published", json(HttpMethod.POST, "/api/v1/investment/opportunities", "{}"),
                        investmentWriters, List.of("clerk")),

                rule("the report document is composed", json(HttpMethod.PUT, REPORT + "/document", "{\"sections\":[]}"), reportComposers,
                        List.of("clerk", "specialist")),
                rule("a unit's Word template is uploaded", () -> put(REPORT + "/docx-template")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(new byte[] { 'P', 'K' }), templateKeepers,
                        List.of("leader", "reporter", "clerk", "specialist")),
                rule("a unit's Word template is removed", () -> delete(REPORT + "/docx-template"), templateKeepers,
                        List.of("leader", "reporter", "clerk", "specialist")));
    }

    private MockHttpServletResponse send(Supplier<AbstractMockHttpServletRequestBuilder<?>> request, String username) throws Exception {
        return mvc.perform(request.get().with(csrf()).with(user(accounts.loadUserByUsername(username)))).andReturn().getResponse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleRefusesTheRolesItRefusedAndLetsTheOthersThrough(String rule, Supplier<AbstractMockHttpServletRequestBuilder<?>> request,
            List<String> allowed, List<String> refused) throws Exception {
        for (String username : refused) {
            MockHttpServletResponse answer = send(request, username);
            assertThat(answer.getStatus()).as(rule + " refuses " + username).isEqualTo(403);
            assertThat(answer.getContentAsString()).as(rule + " answers " + username).contains("\"error\":\"forbidden\"");
        }
        for (String username : allowed) {
            assertThat(send(request, username).getStatus()).as(rule + " lets " + username + " through").isNotEqualTo(403);
        }
    }

    @Test
    void theAgencyThatOwnsATaskChangesItAPlannerChangesAnyAndANeighbourNeitherChangesNorSeesIt() {
        ApiClient api = new ApiClient(port);
        // A justice clerk of the province reaches every commune's task without owning it or planning.
        String clerk = "tuphap" + (System.nanoTime() % 100000);
        assertThat(api.post("/api/v1/accounts", """
                {"username":"%s","fullName":"Cán bộ Sở Tư pháp","password":"Tu-phap-2026!","agencyCode":"000.00.52.H56",
                 "roles":["CLERK"]}""".formatted(clerk), "admin", "demo").status()).isEqualTo(201);
        ApiClient.Answer created = api.post("/api/v1/tasks", """
                {"title":"Niêm yết thủ tục tại nhà văn hóa thôn","ownerAgencyCode":"000.00.71.H56","deadline":"2030-12-31"}""",
                "admin", "demo");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        String change = "{\"cooperating\":\"Công an xã\",\"version\":%d}";

        assertThat(api.send("PUT", "/api/v1/tasks/" + id, "application/json", change.formatted(version(api, id)), clerk, "Tu-phap-2026!")
                .status()).as("reached, not owned, not a planner").isEqualTo(403);
        assertThat(api.send("PUT", "/api/v1/tasks/" + id, "application/json", change.formatted(version(api, id)), "reporter2", "demo")
                .status()).as("outside Thọ Long's units").isEqualTo(404);
        assertThat(api.send("PUT", "/api/v1/tasks/" + NONE, "application/json", change.formatted(0), "reporter", "demo").status())
                .as("no such task").isEqualTo(404);
        ApiClient.Answer byOwner = api.send("PUT", "/api/v1/tasks/" + id, "application/json", change.formatted(version(api, id)),
                "reporter", "demo");
        assertThat(byOwner.status()).as(byOwner.body()).isEqualTo(200);
        assertThat(byOwner.json().get("cooperating").asText()).isEqualTo("Công an xã");
        ApiClient.Answer byPlanner = api.send("PUT", "/api/v1/tasks/" + id, "application/json",
                "{\"cooperating\":\"Công an xã, Đoàn thanh niên\",\"version\":%d}".formatted(version(api, id)), "admin", "demo");
        assertThat(byPlanner.status()).as(byPlanner.body()).isEqualTo(200);
        assertThat(api.send("PUT", "/api/v1/tasks/" + id, "application/json", change.formatted(version(api, id)), "reform", "demo")
                .status()).as("the province's reform officer plans for every commune").isEqualTo(200);
        // A task cannot be given to an agency that no longer exists on its deadline: Xuân Hồng merged into Thọ Xuân.
        ApiClient.Answer toDissolved = api.post("/api/v1/tasks", """
                {"title":"Rà soát thủ tục","ownerAgencyCode":"000.31.14.H56","deadline":"2026-12-31"}""", "admin", "demo");
        assertThat(toDissolved.status()).isEqualTo(422);
        assertThat(toDissolved.body()).contains("ownerAgencyCode").contains("31/12/2026");
    }

    private static int version(ApiClient api, long id) {
        JsonNode task = api.get("/api/v1/tasks/" + id, "admin", "demo").json();
        return task.get("version").asInt();
    }
}
