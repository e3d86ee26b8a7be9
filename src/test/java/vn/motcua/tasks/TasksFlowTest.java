package vn.motcua.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/**
 * Task tracking built through the API in a province of the test's own, of the two-tier government,
 * over the first quarter of 2026: a plan and its tasks done on time and late, a task the province's
 * chairman assigned, a subtask for a commune seen only by that commune, an inspection with findings,
 * and the report rows computed from them.
 */
@DemoSystemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasksFlowTest {

    private static final String PASSWORD = "Thu-nghiem-2026";

    @LocalServerPort
    int port;

    ApiClient api;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    String province;
    String communeOne;
    String communeTwo;
    String homeAffairs;
    String health;
    String peoplesCommittee;
    String communeOneCommittee;
    String communeTwoCommittee;
    String planner;
    String leader;
    String reporterOne;
    String reporterTwo;

    @Autowired
    vn.motcua.units.UnitDirectory units;

    @Autowired
    vn.motcua.accounts.AccountAdministration administration;

    /**
     * A province with two departments, a People's Committee, two communes and their People's Committees, and an account
     * for each: built as the system builds a deployment, since the demo's administrator reaches only Thanh Hóa.
     */
    @BeforeAll
    void buildAProvince() {
        api = new ApiClient(port);
        String suffix = String.valueOf(System.nanoTime() % 100000);
        province = "6" + suffix;
        communeOne = province + "1";
        communeTwo = province + "2";
        vn.motcua.shared.SystemActor.run(() -> {
            units.create(new vn.motcua.units.NewUnit(province, "Tỉnh Thử Nghiệm", vn.motcua.units.UnitLevel.PROVINCE, "tỉnh", null,
                    null, null));
            units.create(new vn.motcua.units.NewUnit(communeOne, "Xã Một", vn.motcua.units.UnitLevel.COMMUNE, "xã", province, null,
                    null));
            units.create(new vn.motcua.units.NewUnit(communeTwo, "Xã Hai", vn.motcua.units.UnitLevel.COMMUNE, "xã", province, null,
                    null));
            peoplesCommittee = agency("T." + suffix + ".0", "UBND tỉnh Thử Nghiệm", province, "PEOPLES_COMMITTEE");
            homeAffairs = agency("T." + suffix + ".NV", "Sở Nội vụ tỉnh Thử Nghiệm", province, "DEPARTMENT");
            health = agency("T." + suffix + ".YT", "Sở Y tế tỉnh Thử Nghiệm", province, "DEPARTMENT");
            communeOneCommittee = agency("T." + suffix + ".1", "UBND xã Một", communeOne, "PEOPLES_COMMITTEE");
            communeTwoCommittee = agency("T." + suffix + ".2", "UBND xã Hai", communeTwo, "PEOPLES_COMMITTEE");
            planner = account("nv" + suffix, homeAffairs, "REFORM_OFFICER");
            leader = account("ct" + suffix, peoplesCommittee, "LEADER");
            reporterOne = account("xa1" + suffix, communeOneCommittee, "REPORTER");
            reporterTwo = account("xa2" + suffix, communeTwoCommittee, "REPORTER");
        });
    }

    private static final String PASSWORD_ADMIN = "demo";

    private String agency(String code, String name, String unit, String kind) {
        agencies.create(new vn.motcua.units.NewAgency(code, name, unit, vn.motcua.units.AgencyKind.valueOf(kind), null));
        return code;
    }

    private String account(String username, String agency, String role) {
        administration.create(new vn.motcua.accounts.NewAccount(username, "Cán bộ " + username, PASSWORD, agency,
                java.util.Set.of(vn.motcua.accounts.Role.valueOf(role))));
        return username;
    }

    private String report() {
        return "/api/v1/reports/CCHC-2025/2026-Q1/" + province;
    }

    private String password(String user) {
        return user.equals("reform") || user.equals("admin") ? PASSWORD_ADMIN : PASSWORD;
    }

    private ApiClient.Answer postJson(String path, String json, String user) {
        return api.send("POST", path, "application/json", json, user, password(user));
    }

    private ApiClient.Answer put(String path, String json, String user) {
        return api.send("PUT", path, "application/json", json, user, password(user));
    }

    private ApiClient.Answer read(String path, String user) {
        return api.get(path, user, password(user));
    }

    private static JsonNode row(JsonNode report, String key) {
        return StreamSupport.stream(report.get("rows").spliterator(), false).filter(r -> r.get("key").asText().equals(key))
                .findFirst().orElseThrow();
    }

    private long task(String json) {
        ApiClient.Answer created = postJson("/api/v1/tasks", json, planner);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private void complete(long id, String on, String user) {
        int version = read("/api/v1/tasks/" + id, user).json().get("version").asInt();
        ApiClient.Answer done = put("/api/v1/tasks/" + id, "{\"status\":\"DONE\",\"completedOn\":\"" + on + "\",\"version\":" + version + "}",
                user);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
    }

    @Test
    void plansTasksAndInspectionsMakeTheReportsFirstSection() throws Exception {
        ApiClient.Answer plan = postJson("/api/v1/documents", """
                {"unitCode":"%s","number":"301/KH-UBND","issuedOn":"2025-12-27","issuer":"UBND tỉnh Thử Nghiệm","kind":"PLAN",
                 "title":"về cải cách hành chính năm 2026","reformField":"DIRECTION","planYear":2026,"directive":true}"""
                .formatted(province), planner);
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        long planId = plan.json().get("id").asLong();
        assertThat(plan.json().get("citation").asText())
                .isEqualTo("Kế hoạch 301/KH-UBND ngày 27/12/2025 của UBND tỉnh Thử Nghiệm về cải cách hành chính năm 2026");
        long chairman = postJson("/api/v1/documents", """
                {"unitCode":"%s","number":"15/QĐ-UBND","issuedOn":"2026-01-10","issuer":"Chủ tịch UBND tỉnh Thử Nghiệm","kind":"DECISION",
                 "title":"giao nhiệm vụ rà soát thủ tục hành chính","reformField":"PROCEDURES","directive":false}""".formatted(province),
                planner).json().get("id").asLong();

        long onTime = task("{\"planId\":" + planId + ",\"title\":\"Rà soát quy trình nội bộ\",\"ownerAgencyCode\":\"" + homeAffairs
                + "\",\"deadline\":\"2026-02-28\"}");
        long late = task("{\"planId\":" + planId + ",\"title\":\"Số hóa kết quả giải quyết\",\"ownerAgencyCode\":\"" + homeAffairs
                + "\",\"deadline\":\"2026-01-31\"}");
        task("{\"planId\":" + planId + ",\"title\":\"Khảo sát sự hài lòng\",\"ownerAgencyCode\":\"" + homeAffairs
                + "\",\"deadline\":\"2026-12-15\"}");
        long assigned = task("{\"assignedById\":" + chairman + ",\"title\":\"Báo cáo rà soát thủ tục\",\"ownerAgencyCode\":\""
                + homeAffairs + "\",\"deadline\":\"2026-02-15\"}");
        long subtask = task("{\"planId\":" + planId + ",\"parentId\":" + onTime + ",\"title\":\"Rà soát quy trình tại xã Một\","
                + "\"ownerAgencyCode\":\"" + communeOneCommittee + "\",\"deadline\":\"2026-02-20\"}");
        complete(onTime, "2026-02-20", planner);
        complete(late, "2026-02-10", planner);
        complete(assigned, "2026-02-20", planner);

        // The commune sees and completes its own subtask; the neighbouring commune does not see it.
        assertThat(read("/api/v1/tasks", reporterOne).json()).anyMatch(t -> t.get("id").asLong() == subtask)
                .noneMatch(t -> t.get("id").asLong() == onTime);
        assertThat(read("/api/v1/tasks/" + subtask, reporterTwo).status()).isEqualTo(404);
        complete(subtask, "2026-02-18", reporterOne);
        JsonNode lateTask = read("/api/v1/tasks/" + late, planner).json();
        assertThat(lateTask.get("standing").asText()).isEqualTo("LATE");
        assertThat(read("/api/v1/tasks/" + onTime, planner).json().get("standing").asText()).isEqualTo("ON_TIME");

        ApiClient.Answer inspection = postJson("/api/v1/inspections", """
                {"unitCode":"%s","title":"Kiểm tra kỷ luật, kỷ cương hành chính","heldOn":"2026-03-05","discipline":true,
                 "agencyCodes":["%s","%s","%s"]}""".formatted(province, homeAffairs, communeOneCommittee, communeTwoCommittee), planner);
        assertThat(inspection.status()).as(inspection.body()).isEqualTo(201);
        long inspectionId = inspection.json().get("id").asLong();
        postJson("/api/v1/inspections/" + inspectionId + "/findings", "{\"description\":\"Chưa niêm yết thủ tục mới\"}", planner);
        JsonNode withFindings = postJson("/api/v1/inspections/" + inspectionId + "/findings",
                "{\"description\":\"Phiếu kiểm soát thiếu chữ ký\"}", planner).json();
        long findingId = withFindings.get("findings").get(0).get("id").asLong();
        assertThat(put("/api/v1/inspections/findings/" + findingId, "{\"resolvedOn\":\"2026-03-10\"}", planner).status()).isEqualTo(200);

        JsonNode report = read(report(), planner).json();
        assertThat(row(report, "1.1.1").get("value").asLong()).isEqualTo(3);
        assertThat(row(report, "1.1.2").get("value").asLong()).isEqualTo(2);
        assertThat(row(report, "1.1.3").get("value").asLong()).isEqualTo(1);
        assertThat(row(report, "1.1.1").get("source").asText()).isEqualTo("TASKS");
        assertThat(row(report, "1.2.1").get("value").asLong()).isEqualTo(1);
        assertThat(row(report, "1.2.2").get("value").asLong()).isEqualTo(2);
        assertThat(row(report, "1.2.3").get("value").asLong()).isEqualTo(2);
        assertThat(row(report, "1.2.4").get("value").asLong()).isEqualTo(1);
        assertThat(row(report, "1.3.1").get("value").asLong()).isEqualTo(1);
        assertThat(row(report, "1.3.2").get("value").asLong()).isEqualTo(0);
        assertThat(row(report, "1.3.3").get("value").asLong()).isEqualTo(1);
        // Three of the four agencies subject to the discipline inspection: two departments, two communes.
        assertThat(row(report, "5.4.2").get("value").decimalValue()).isEqualByComparingTo("75.0");

        var plannerUser = user(accounts.loadUserByUsername(planner));
        mvc.perform(get("/reports/CCHC-2025/2026-Q1/" + province + "/rows/1.1.2").with(plannerUser))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/tasks/" + onTime)))
                .andExpect(content().string(containsString("/tasks/" + late)));
        mvc.perform(get("/tasks").with(plannerUser)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Số hóa kết quả giải quyết")))
                .andExpect(content().string(containsString("Hoàn thành quá hạn")))
                .andExpect(content().string(containsString("301/KH-UBND")));
        mvc.perform(get("/tasks/" + onTime).with(plannerUser)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rà soát quy trình tại xã Một")))
                .andExpect(content().string(containsString("28/02/2026")));
        mvc.perform(get("/tasks/documents/" + planId).with(plannerUser)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kế hoạch 301/KH-UBND ngày 27/12/2025")));
        mvc.perform(get("/tasks/inspections").with(plannerUser)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Phiếu kiểm soát thiếu chữ ký")))
                .andExpect(content().string(containsString("đã xử lý ngày 10/03/2026")));
    }

    @Test
    void aNewTaskIsOfferedOnlyTodaysDocumentsAndTheFiltersKeepFormerAgenciesApartAndNoYearToCome() throws Exception {
        var reform = user(accounts.loadUserByUsername("reform"));
        String page = mvc.perform(get("/tasks").with(reform)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String assigning = select(page, "t-assigned");
        assertThat(assigning).doesNotContain("612/UBND-NV", "UBND huyện Thọ Xuân");
        String owners = select(page, "f-agency");
        String current = owners.substring(0, owners.indexOf("Cơ quan trước đây"));
        String former = owners.substring(owners.indexOf("Cơ quan trước đây"));
        assertThat(current).contains("Cơ quan hiện nay", ">UBND xã Xuân Hòa<").doesNotContain("đến 30/06/2025", "huyện Thọ Xuân");
        assertThat(former).contains(">UBND xã Xuân Hòa (đến 30/06/2025)<", ">UBND huyện Thọ Xuân (đến 30/06/2025)<")
                .doesNotContain(">UBND xã Xuân Hòa<");
        int thisYear = zone.today().getYear();
        assertThat(select(page, "f-year")).contains(">" + thisYear + "<", ">2024<").doesNotContain(">" + (thisYear + 1) + "<");
        // The district's inspection of 2024 still names its agencies, in a group of their own with their dates.
        String inspections = mvc.perform(get("/tasks/inspections").with(reform)).andReturn().getResponse().getContentAsString();
        assertThat(inspections).contains("Cơ quan trước đây (đã giải thể, sáp nhập)", ">UBND xã Xuân Hòa (đến 30/06/2025)<");
        assertThat(inspections.indexOf("Cơ quan hiện nay")).isPositive().isLessThan(inspections.indexOf("Cơ quan trước đây"));
        // The dissolved district's documents stay in their own list, for history.
        mvc.perform(get("/tasks/documents").with(reform)).andExpect(content().string(containsString("612/UBND-NV")));
    }

    /** QA 02/12/2026: one list of documents without their issuer; "Văn bản giao nhiệm vụ (của tỉnh)" offering a commune's plan. */
    @Test
    void documentsNameTheirIssuerAndThoseOfFormerUnitsStandApart() throws Exception {
        var reform = user(accounts.loadUserByUsername("reform"));
        String page = mvc.perform(get("/tasks/documents").with(reform)).andReturn().getResponse().getContentAsString();
        String current = page.substring(page.indexOf("id=\"documents\""), page.indexOf("</table>", page.indexOf("id=\"documents\"")));
        String former = page.substring(page.indexOf("id=\"former-documents\""), page.indexOf("</table>", page.indexOf("id=\"former-documents\"")));
        assertThat(current).contains("Cơ quan ban hành", "286/KH-UBND", "<td>UBND tỉnh Thanh Hóa</td>")
                .doesNotContain("612/UBND-NV", "UBND huyện Thọ Xuân");
        assertThat(former).contains("612/UBND-NV", "<td>Chủ tịch UBND huyện Thọ Xuân</td>", "320/KH-UBND");
        assertThat(page).contains("Văn bản của đơn vị cũ, đã giải thể hoặc sáp nhập");
        String row = former.substring(former.indexOf("320/KH-UBND"));
        assertThat(row.substring(0, row.indexOf("</tr>"))).as("a KH number is a plan").contains("<td>Kế hoạch</td>");

        String tasks = mvc.perform(get("/tasks").with(reform)).andReturn().getResponse().getContentAsString();
        assertThat(tasks).contains(">Văn bản giao nhiệm vụ<").doesNotContain("(của tỉnh)");
        String assigning = select(tasks, "t-assigned");
        String province = assigning.substring(assigning.indexOf("label=\"Tỉnh Thanh Hóa\""));
        assertThat(province.substring(0, province.indexOf("</optgroup>"))).contains("Kế hoạch 286/KH-UBND — UBND tỉnh Thanh Hóa")
                .doesNotContain("UBND xã");
    }

    @Test
    void aNumberWhoseSignNamesAnotherKindIsRefusedNamingTheField() {
        ApiClient.Answer refused = api.post("/api/v1/documents", """
                {"unitCode":"38","number":"320/KH-UBND","issuedOn":"2026-01-12","issuer":"UBND tỉnh Thanh Hóa","kind":"DECISION",
                 "title":"về kiểm soát thủ tục hành chính năm 2026","reformField":"PROCEDURES"}""", "admin", "demo");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("details").get(0).get("field").asText()).isEqualTo("number");
        assertThat(refused.json().get("details").get(0).get("message").asText())
                .startsWith("Số, ký hiệu \"320/KH-UBND\" là của Kế hoạch, không phải Quyết định");
        ApiClient.Answer letter = api.post("/api/v1/documents", """
                {"unitCode":"38","number":"97/UBND-KSTTHC","issuedOn":"2026-01-12","issuer":"UBND tỉnh Thanh Hóa","kind":"PLAN",
                 "title":"về kiểm soát thủ tục hành chính năm 2026","reformField":"PROCEDURES","planYear":2026}""", "admin", "demo");
        assertThat(letter.status()).isEqualTo(422);
        assertThat(letter.json().get("details").get(0).get("message").asText()).contains("là của Công văn, không phải Kế hoạch");
    }

    private static String select(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isPositive();
        return page.substring(start, page.indexOf("</select>", start));
    }

    @Test
    void badInputIsNamedAndNothingIsSaved() {
        int before = read("/api/v1/documents", planner).json().size();
        ApiClient.Answer noYear = postJson("/api/v1/documents", """
                {"unitCode":"%s","number":"1/KH-UBND","issuedOn":"2026-01-02","issuer":"UBND tỉnh Thử Nghiệm","kind":"PLAN",
                 "title":"về kiểm tra","reformField":"DIRECTION"}""".formatted(province), planner);
        assertThat(noYear.status()).isEqualTo(422);
        assertThat(noYear.body()).contains("planYear").contains("năm kế hoạch");
        ApiClient.Answer noAgency = postJson("/api/v1/tasks", "{\"title\":\"X\",\"ownerAgencyCode\":\"NO.SUCH\",\"deadline\":\"2026-01-01\"}",
                planner);
        assertThat(noAgency.status()).isEqualTo(422);
        assertThat(noAgency.body()).contains("ownerAgencyCode").contains("NO.SUCH");
        assertThat(postJson("/api/v1/tasks", "{\"title\":\"X\",\"ownerAgencyCode\":\"" + homeAffairs + "\",\"deadline\":\"2026-01-01\"}",
                reporterOne).status()).isEqualTo(403);
        assertThat(read("/api/v1/documents", planner).json().size()).isEqualTo(before);
        assertThat(read("/api/v1/inspections/999999", planner).status()).isEqualTo(404);
    }

    @Test
    void aCommuneReportsProgressOnItsSubtaskFromThePage() throws Exception {
        long plan = postJson("/api/v1/documents", """
                {"unitCode":"%s","number":"77/KH-UBND","issuedOn":"2026-01-05","issuer":"UBND xã Một","kind":"PLAN",
                 "title":"về tuyên truyền cải cách hành chính năm 2026","reformField":"DIRECTION","planYear":2026}""".formatted(communeOne),
                planner).json().get("id").asLong();
        long id = task("{\"planId\":" + plan + ",\"title\":\"Tuyên truyền tại xã\",\"ownerAgencyCode\":\"" + communeOneCommittee
                + "\",\"deadline\":\"2026-03-01\"}");
        var one = user(accounts.loadUserByUsername(reporterOne));
        var two = user(accounts.loadUserByUsername(reporterTwo));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/tasks/" + id + "/progress")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "anh-bang-ron.jpg", "image/jpeg", new byte[] { 1, 2, 3 }))
                .param("note", "Đã treo 3 băng rôn").with(csrf()).with(one)).andExpect(redirectedUrl("/tasks/" + id))
                .andExpect(flash().attribute("saved", true));
        long note = read("/api/v1/tasks/" + id, reporterOne).json().get("progress").get(0).get("id").asLong();
        mvc.perform(get("/tasks/" + id + "/progress/" + note + "/file").with(one))
                .andExpect(status().isOk()).andExpect(content().bytes(new byte[] { 1, 2, 3 }));
        mvc.perform(get("/tasks/" + id + "/progress/" + note + "/file").with(two)).andExpect(status().isNotFound());
        mvc.perform(post("/tasks/" + id + "/progress").param("note", " ").with(csrf()).with(one))
                .andExpect(flash().attribute("failure", "tasks.field.required"));
        mvc.perform(get("/tasks/" + id).with(one)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã treo 3 băng rôn")));
        mvc.perform(get("/tasks/" + id).with(two)).andExpect(status().isNotFound());
        var plannerUser = user(accounts.loadUserByUsername(planner));
        mvc.perform(post("/tasks/documents/" + plan).param("unitCode", communeOne).param("number", "77/KH-UBND").param("issuedOn", "2026-01-06")
                .param("issuer", "UBND xã Một").param("kind", "PLAN").param("title", "về tuyên truyền CCHC năm 2026")
                .param("reformField", "DIRECTION").param("planYear", "2026").with(csrf()).with(plannerUser))
                .andExpect(flash().attribute("saved", true));
        mvc.perform(get("/tasks/documents/" + plan).with(plannerUser)).andExpect(content().string(containsString("ngày 06/01/2026")))
                .andExpect(content().string(containsString("Tuyên truyền tại xã")));
        mvc.perform(post("/tasks").param("title", "Thiếu hạn").param("ownerAgencyCode", homeAffairs).with(csrf()).with(plannerUser))
                .andExpect(redirectedUrl("/tasks")).andExpect(flash().attribute("failure", "tasks.field.required"));
        // The cooperating agencies are chosen from the list of agencies in operation, never typed.
        mvc.perform(get("/tasks").with(plannerUser)).andExpect(content().string(containsString("<select class=\"form-select\" id=\"t-coop\" name=\"cooperating\" multiple")))
                .andExpect(content().string(containsString("value=\"" + communeOneCommittee + "\"")));
        String created = mvc.perform(post("/tasks").param("title", "Phối hợp tuyên truyền").param("ownerAgencyCode", homeAffairs)
                .param("deadline", "2026-06-30").param("cooperating", communeOneCommittee).with(csrf()).with(plannerUser))
                .andExpect(redirectedUrlPattern("/tasks/*")).andReturn().getResponse().getRedirectedUrl();
        assertThat(read("/api/v1" + created, planner).json().get("cooperating").asText()).isEqualTo("UBND xã Một");
        mvc.perform(post("/tasks").param("title", "Phối hợp gõ tay").param("ownerAgencyCode", homeAffairs).param("deadline", "2026-06-30")
                .param("cooperating", "Lê Thị Hoa").with(csrf()).with(plannerUser))
                .andExpect(redirectedUrl("/tasks")).andExpect(flash().attribute("failure", "tasks.cooperating.unknown"));
    }

    @Test
    void theDemoHoldsTheSeedsPlanAndItsFootnotes() {
        JsonNode report = api.get("/api/v1/reports/CCHC-2024/2024-Q1/395", "reform", "demo").json();
        assertThat(row(report, "1.1.1").get("value").asLong()).isEqualTo(48);
        assertThat(row(report, "1.1.2").get("value").asLong()).isEqualTo(25);
        assertThat(row(report, "1.1.3").get("value").asLong()).isEqualTo(15);
        assertThat(row(report, "1.3.1").get("value").asLong()).isEqualTo(1);
        assertThat(row(report, "1.3.2").get("value").asLong()).isEqualTo(0);
        assertThat(row(report, "1.3.3").get("value").asLong()).isEqualTo(0);
        assertThat(row(report, "1.2.1").get("value").asLong()).isEqualTo(0);
        assertThat(row(report, "1.2.2").get("value").asLong()).isEqualTo(7);
        assertThat(row(report, "1.2.3").get("value").asLong()).isEqualTo(3);
        assertThat(row(report, "1.2.4").get("value").asLong()).isEqualTo(1);
        // Seven of the 41 units subject to the district's discipline inspection (11 departments, 30 communes).
        assertThat(row(report, "5.4.2").get("value").decimalValue()).isEqualByComparingTo("17.1");
        assertThat(api.get("/api/v1/documents", "reform", "demo").json())
                .anyMatch(d -> d.get("citation").asText().equals(
                        "Kế hoạch 268/KH-UBND ngày 29/12/2023 của UBND huyện Thọ Xuân về thực hiện cải cách hành chính năm 2024"));
        // The whole year: every task of the plan is done, three of them after their deadline.
        JsonNode plan = api.get("/api/v1/documents", "reform", "demo").json();
        long planId = java.util.stream.StreamSupport.stream(plan.spliterator(), false)
                .filter(d -> d.get("number").asText().equals("268/KH-UBND")).findFirst().orElseThrow().get("id").asLong();
        JsonNode tasks = api.get("/api/v1/tasks?planId=" + planId, "reform", "demo").json();
        assertThat(tasks).hasSize(48);
        assertThat(java.util.stream.StreamSupport.stream(tasks.spliterator(), false).filter(t -> t.get("standing").asText().equals("LATE")))
                .hasSize(3);
    }

    private static byte[] sheet(String[]... rows) throws java.io.IOException {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Nhiệm vụ");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPlansTasksComeFromASpreadsheetAllOrNothing() throws Exception {
        long plan = postJson("/api/v1/documents", """
                {"unitCode":"%s","number":"12/KH-UBND","issuedOn":"2026-01-08","issuer":"UBND tỉnh Thử Nghiệm","kind":"PLAN",
                 "title":"về cải cách hành chính năm 2026","reformField":"DIRECTION","planYear":2026}""".formatted(province), planner)
                .json().get("id").asLong();
        String[] header = { "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn" };
        byte[] bad = sheet(header, new String[] { "Niêm yết thủ tục", homeAffairs, "", "31/03/2026" },
                new String[] { "Số hóa hồ sơ", "Sở Không Có", "", "32/13/2026" });
        var user = user(accounts.loadUserByUsername(planner));
        mvc.perform(post("/api/v1/documents/" + plan + "/tasks/import").content(bad)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").with(csrf()).with(user))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("line 3: Cơ quan chủ trì")))
                .andExpect(content().string(containsString("Sở Không Có")))
                .andExpect(content().string(containsString("32/13/2026")));
        assertThat(read("/api/v1/tasks?planId=" + plan, planner).json()).isEmpty();

        byte[] good = sheet(header, new String[] { "Niêm yết thủ tục", homeAffairs, "Văn phòng", "31/03/2026" },
                new String[] { "Số hóa hồ sơ", "Sở Y tế tỉnh Thử Nghiệm", "", "2026-06-30" });
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/tasks/documents/" + plan + "/tasks/import")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "nhiem-vu.xlsx", null, good)).with(csrf()).with(user))
                .andExpect(redirectedUrl("/tasks/documents/" + plan)).andExpect(flash().attributeExists("imported"));
        JsonNode tasks = read("/api/v1/tasks?planId=" + plan, planner).json();
        assertThat(tasks).hasSize(2);
        assertThat(tasks).anyMatch(t -> t.get("ownerAgencyCode").asText().equals(health) && t.get("deadline").asText().equals("2026-06-30"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/tasks/documents/" + plan + "/tasks/import")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "x.xlsx", null, "không phải excel".getBytes())).with(csrf())
                .with(user)).andExpect(flash().attribute("failure", "tasks.import.not-xlsx"));
    }

    @Autowired
    TaskReminders reminders;

    @Autowired
    vn.motcua.units.AgencyDirectory agencies;

    @Autowired
    vn.motcua.shared.MotCuaZone zone;

    @Test
    void anAgencyGetsADailyDigestOfTasksDueSoonAndOverdue() throws Exception {
        java.time.LocalDate today = zone.today();
        // An agency of its own, so that no other test's tasks join its digest.
        String construction = vn.motcua.shared.SystemActor.call(() -> agency(province.replace("6", "T.") + ".XD",
                "Sở Xây dựng tỉnh Thử Nghiệm", province, "DEPARTMENT"));
        long dueSoon = task("{\"title\":\"Báo cáo y tế học đường\",\"ownerAgencyCode\":\"" + construction + "\",\"deadline\":\""
                + today.plusDays(3) + "\"}");
        task("{\"title\":\"Kiểm tra an toàn thực phẩm\",\"ownerAgencyCode\":\"" + construction + "\",\"deadline\":\"" + today.minusDays(2)
                + "\"}");
        task("{\"title\":\"Tổng kết năm\",\"ownerAgencyCode\":\"" + construction + "\",\"deadline\":\"" + today.plusDays(30) + "\"}");
        vn.motcua.shared.SystemActor.run(reminders::digest);
        long agency = vn.motcua.shared.SystemActor.call(() -> agencies.find(construction)).orElseThrow().id();
        assertThat(reminders.notices(agency)).first().asString().contains(
                today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .contains("1 nhiệm vụ đến hạn trong 7 ngày, 1 nhiệm vụ đã quá hạn");
        mvc.perform(get("/tasks").param("overdue", "true").param("year", String.valueOf(today.minusDays(2).getYear()))
                .with(user(accounts.loadUserByUsername(leader)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kiểm tra an toàn thực phẩm")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/tasks/" + dueSoon + "\""))))
                .andExpect(content().string(containsString("Sở Xây dựng tỉnh Thử Nghiệm")));
    }

    @Test
    void documentsAndInspectionsAreCorrectedAndStayWithinReach() {
        long id = postJson("/api/v1/documents", """
                {"unitCode":"%s","number":"5/KH-UBND","issuedOn":"2026-01-06","issuer":"UBND tỉnh Thử Nghiệm","kind":"PLAN",
                 "title":"về kiểm tra công vụ năm 2026","reformField":"CIVIL_SERVICE","planYear":2026}""".formatted(province), planner)
                .json().get("id").asLong();
        ApiClient.Answer corrected = put("/api/v1/documents/" + id, """
                {"unitCode":"%s","number":"5/KH-UBND","issuedOn":"2026-01-07","issuer":"UBND tỉnh Thử Nghiệm","kind":"PLAN",
                 "title":"về kiểm tra công vụ năm 2026","reformField":"CIVIL_SERVICE","planYear":2026}""".formatted(province), planner);
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(read("/api/v1/documents/" + id, planner).json().get("issuedOn").asText()).isEqualTo("2026-01-07");
        ApiClient.Answer emptied = put("/api/v1/documents/" + id, """
                {"unitCode":"%s","number":"","issuedOn":"2026-01-07","issuer":"UBND tỉnh Thử Nghiệm","kind":"PLAN",
                 "title":"về kiểm tra công vụ năm 2026","reformField":"CIVIL_SERVICE","planYear":2026}""".formatted(province), planner);
        assertThat(emptied.status()).isEqualTo(422);
        assertThat(emptied.body()).contains("number");
        assertThat(read("/api/v1/documents/" + id, planner).json().get("number").asText()).isEqualTo("5/KH-UBND");

        long inspection = postJson("/api/v1/inspections", """
                {"unitCode":"%s","title":"Kiểm tra công vụ","heldOn":"2026-02-03","discipline":false,"agencyCodes":["%s"]}"""
                .formatted(province, homeAffairs), planner).json().get("id").asLong();
        JsonNode changed = put("/api/v1/inspections/" + inspection, """
                {"unitCode":"%s","title":"Kiểm tra công vụ","heldOn":"2026-02-04","discipline":true,"agencyCodes":["%s","%s"]}"""
                .formatted(province, homeAffairs, health), planner).json();
        assertThat(changed.get("agencyCodes")).hasSize(2);
        assertThat(changed.get("discipline").asBoolean()).isTrue();
        // Another province's agency is outside this province's reach: neither an owner nor an inspected agency.
        assertThat(postJson("/api/v1/tasks", "{\"title\":\"X\",\"ownerAgencyCode\":\"000.00.00.H56\",\"deadline\":\"2026-05-01\"}",
                planner).status()).isEqualTo(422);
        assertThat(put("/api/v1/inspections/" + inspection, """
                {"unitCode":"%s","title":"Kiểm tra công vụ","heldOn":"2026-02-04","discipline":true,"agencyCodes":["000.00.00.H56"]}"""
                .formatted(province), planner).status()).isEqualTo(422);
        assertThat(read("/api/v1/inspections/" + inspection, reporterOne).status()).isEqualTo(404);
    }
}
