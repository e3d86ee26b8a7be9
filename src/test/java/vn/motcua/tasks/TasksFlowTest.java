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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/**
 * Task tracking built through the API in Q1 2025 of the district (a quarter the demo leaves empty):
 * a plan and its tasks done on time and late, a task the province assigned, a subtask for a commune
 * seen only by that commune, an inspection with findings, and the report rows computed from them.
 */
@DemoSystemTest
class TasksFlowTest {

    private static final String REPORT = "/api/v1/reports/CCHC-2024/2025-Q1/395";

    @LocalServerPort
    int port;

    ApiClient api;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private ApiClient.Answer postJson(String path, String json, String user) {
        return api.send("POST", path, "application/json", json, user, "demo");
    }

    private ApiClient.Answer put(String path, String json, String user) {
        return api.send("PUT", path, "application/json", json, user, "demo");
    }

    private static JsonNode row(JsonNode report, String key) {
        return StreamSupport.stream(report.get("rows").spliterator(), false).filter(r -> r.get("key").asText().equals(key))
                .findFirst().orElseThrow();
    }

    private long task(String json) {
        ApiClient.Answer created = postJson("/api/v1/tasks", json, "reform");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private void complete(long id, String on, String user) {
        int version = api.get("/api/v1/tasks/" + id, user, "demo").json().get("version").asInt();
        ApiClient.Answer done = put("/api/v1/tasks/" + id, "{\"status\":\"DONE\",\"completedOn\":\"" + on + "\",\"version\":" + version + "}",
                user);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
    }

    @Test
    void plansTasksAndInspectionsMakeTheReportsFirstSection() throws Exception {
        ApiClient.Answer plan = postJson("/api/v1/documents", """
                {"unitCode":"395","number":"301/KH-UBND","issuedOn":"2024-12-27","issuer":"UBND huyện Thọ Xuân","kind":"PLAN",
                 "title":"về cải cách hành chính năm 2025","reformField":"DIRECTION","planYear":2025,"directive":true}""", "reform");
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        long planId = plan.json().get("id").asLong();
        assertThat(plan.json().get("citation").asText())
                .isEqualTo("Kế hoạch 301/KH-UBND ngày 27/12/2024 của UBND huyện Thọ Xuân về cải cách hành chính năm 2025");
        long province = postJson("/api/v1/documents", """
                {"unitCode":"395","number":"15/CV-UBND","issuedOn":"2025-01-10","issuer":"UBND tỉnh Thanh Hóa","kind":"OFFICIAL_LETTER",
                 "title":"về rà soát thủ tục hành chính","reformField":"PROCEDURES","directive":false}""", "reform").json().get("id").asLong();

        long onTime = task("{\"planId\":" + planId + ",\"title\":\"Rà soát quy trình nội bộ\",\"ownerAgencyCode\":\"000.01.14.H56\","
                + "\"deadline\":\"2025-02-28\"}");
        long late = task("{\"planId\":" + planId + ",\"title\":\"Số hóa kết quả giải quyết\",\"ownerAgencyCode\":\"000.01.14.H56\","
                + "\"deadline\":\"2025-01-31\"}");
        task("{\"planId\":" + planId + ",\"title\":\"Khảo sát sự hài lòng\",\"ownerAgencyCode\":\"000.01.14.H56\",\"deadline\":\"2025-12-15\"}");
        long assigned = task("{\"assignedById\":" + province + ",\"title\":\"Báo cáo rà soát thủ tục\",\"ownerAgencyCode\":\"000.01.14.H56\","
                + "\"deadline\":\"2025-02-15\"}");
        long subtask = task("{\"planId\":" + planId + ",\"parentId\":" + onTime + ",\"title\":\"Rà soát quy trình tại xã Xuân Hồng\","
                + "\"ownerAgencyCode\":\"000.31.14.H56\",\"deadline\":\"2025-02-20\"}");
        complete(onTime, "2025-02-20", "reform");
        complete(late, "2025-02-10", "reform");
        complete(assigned, "2025-02-20", "reform");

        // The commune sees and completes its own subtask; the neighbouring commune does not see it.
        assertThat(api.get("/api/v1/tasks", "reporter", "demo").json()).anyMatch(t -> t.get("id").asLong() == subtask)
                .noneMatch(t -> t.get("id").asLong() == onTime);
        assertThat(api.get("/api/v1/tasks/" + subtask, "reporter2", "demo").status()).isEqualTo(404);
        complete(subtask, "2025-02-18", "reporter");
        JsonNode lateTask = api.get("/api/v1/tasks/" + late, "reform", "demo").json();
        assertThat(lateTask.get("standing").asText()).isEqualTo("LATE");
        assertThat(api.get("/api/v1/tasks/" + onTime, "reform", "demo").json().get("standing").asText()).isEqualTo("ON_TIME");

        ApiClient.Answer inspection = postJson("/api/v1/inspections", """
                {"unitCode":"395","title":"Kiểm tra kỷ luật, kỷ cương hành chính","heldOn":"2025-03-05","discipline":true,
                 "agencyCodes":["000.01.14.H56","000.31.14.H56","000.33.14.H56"]}""", "reform");
        assertThat(inspection.status()).as(inspection.body()).isEqualTo(201);
        long inspectionId = inspection.json().get("id").asLong();
        postJson("/api/v1/inspections/" + inspectionId + "/findings", "{\"description\":\"Chưa niêm yết thủ tục mới\"}", "reform");
        JsonNode withFindings = postJson("/api/v1/inspections/" + inspectionId + "/findings",
                "{\"description\":\"Phiếu kiểm soát thiếu chữ ký\"}", "reform").json();
        long findingId = withFindings.get("findings").get(0).get("id").asLong();
        assertThat(put("/api/v1/inspections/findings/" + findingId, "{\"resolvedOn\":\"2025-03-10\"}", "reform").status()).isEqualTo(200);

        JsonNode report = api.get(REPORT, "reform", "demo").json();
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
        assertThat(row(report, "5.4.2").get("value").asDouble()).isGreaterThan(0).isLessThan(100);

        mvc.perform(get("/reports/CCHC-2024/2025-Q1/395/rows/1.1.2").with(user(accounts.loadUserByUsername("reform"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/tasks/" + onTime)))
                .andExpect(content().string(containsString("/tasks/" + late)));
        mvc.perform(get("/tasks").with(user(accounts.loadUserByUsername("reform")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Số hóa kết quả giải quyết")))
                .andExpect(content().string(containsString("Hoàn thành quá hạn")))
                .andExpect(content().string(containsString("301/KH-UBND")));
        mvc.perform(get("/tasks/" + onTime).with(user(accounts.loadUserByUsername("reform")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rà soát quy trình tại xã Xuân Hồng")))
                .andExpect(content().string(containsString("28/02/2025")));
        mvc.perform(get("/tasks/documents/" + planId).with(user(accounts.loadUserByUsername("reform")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kế hoạch 301/KH-UBND ngày 27/12/2024")));
        mvc.perform(get("/tasks/inspections").with(user(accounts.loadUserByUsername("reform")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Phiếu kiểm soát thiếu chữ ký")))
                .andExpect(content().string(containsString("đã xử lý ngày 10/03/2025")));
    }

    @Test
    void badInputIsNamedAndNothingIsSaved() {
        int before = api.get("/api/v1/documents", "reform", "demo").json().size();
        ApiClient.Answer noYear = postJson("/api/v1/documents", """
                {"unitCode":"395","number":"1/KH-UBND","issuedOn":"2025-01-02","issuer":"UBND huyện Thọ Xuân","kind":"PLAN",
                 "title":"về kiểm tra","reformField":"DIRECTION"}""", "reform");
        assertThat(noYear.status()).isEqualTo(422);
        assertThat(noYear.body()).contains("planYear").contains("năm kế hoạch");
        ApiClient.Answer noAgency = postJson("/api/v1/tasks", "{\"title\":\"X\",\"ownerAgencyCode\":\"NO.SUCH\",\"deadline\":\"2025-01-01\"}",
                "reform");
        assertThat(noAgency.status()).isEqualTo(422);
        assertThat(noAgency.body()).contains("ownerAgencyCode").contains("NO.SUCH");
        assertThat(postJson("/api/v1/tasks", "{\"title\":\"X\",\"ownerAgencyCode\":\"000.01.14.H56\",\"deadline\":\"2025-01-01\"}", "reporter")
                .status()).isEqualTo(403);
        assertThat(api.get("/api/v1/documents", "reform", "demo").json().size()).isEqualTo(before);
        assertThat(api.get("/api/v1/inspections/999999", "reform", "demo").status()).isEqualTo(404);
    }

    @Test
    void aCommuneReportsProgressOnItsSubtaskFromThePage() throws Exception {
        long plan = postJson("/api/v1/documents", """
                {"unitCode":"15493","number":"77/KH-UBND","issuedOn":"2025-01-05","issuer":"UBND xã Xuân Hồng","kind":"PLAN",
                 "title":"về tuyên truyền cải cách hành chính năm 2025","reformField":"DIRECTION","planYear":2025}""", "reform").json()
                .get("id").asLong();
        long id = task("{\"planId\":" + plan + ",\"title\":\"Tuyên truyền tại xã\",\"ownerAgencyCode\":\"000.31.14.H56\","
                + "\"deadline\":\"2025-03-01\"}");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/tasks/" + id + "/progress")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "anh-bang-ron.jpg", "image/jpeg", new byte[] { 1, 2, 3 }))
                .param("note", "Đã treo 3 băng rôn").with(csrf())
                .with(user(accounts.loadUserByUsername("reporter")))).andExpect(redirectedUrl("/tasks/" + id))
                .andExpect(flash().attribute("saved", true));
        long note = api.get("/api/v1/tasks/" + id, "reporter", "demo").json().get("progress").get(0).get("id").asLong();
        mvc.perform(get("/tasks/" + id + "/progress/" + note + "/file").with(user(accounts.loadUserByUsername("reporter"))))
                .andExpect(status().isOk()).andExpect(content().bytes(new byte[] { 1, 2, 3 }));
        mvc.perform(get("/tasks/" + id + "/progress/" + note + "/file").with(user(accounts.loadUserByUsername("reporter2"))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/tasks/" + id + "/progress").param("note", " ").with(csrf()).with(user(accounts.loadUserByUsername("reporter"))))
                .andExpect(flash().attribute("failure", "tasks.field.required"));
        mvc.perform(get("/tasks/" + id).with(user(accounts.loadUserByUsername("reporter")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã treo 3 băng rôn")));
        mvc.perform(get("/tasks/" + id).with(user(accounts.loadUserByUsername("reporter2")))).andExpect(status().isNotFound());
        var reform = user(accounts.loadUserByUsername("reform"));
        mvc.perform(post("/tasks/documents/" + plan).param("unitCode", "15493").param("number", "77/KH-UBND").param("issuedOn", "2025-01-06")
                .param("issuer", "UBND xã Xuân Hồng").param("kind", "PLAN").param("title", "về tuyên truyền CCHC năm 2025")
                .param("reformField", "DIRECTION").param("planYear", "2025").with(csrf()).with(reform))
                .andExpect(flash().attribute("saved", true));
        mvc.perform(get("/tasks/documents/" + plan).with(reform)).andExpect(content().string(containsString("ngày 06/01/2025")))
                .andExpect(content().string(containsString("Tuyên truyền tại xã")));
        mvc.perform(post("/tasks").param("title", "Thiếu hạn").param("ownerAgencyCode", "000.01.14.H56").with(csrf())
                .with(user(accounts.loadUserByUsername("reform")))).andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("failure", "tasks.field.required"));
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
                {"unitCode":"15499","number":"12/KH-UBND","issuedOn":"2025-01-08","issuer":"UBND thị trấn Thọ Xuân","kind":"PLAN",
                 "title":"về cải cách hành chính năm 2025","reformField":"DIRECTION","planYear":2025}""", "reform").json().get("id").asLong();
        String[] header = { "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn" };
        byte[] bad = sheet(header, new String[] { "Niêm yết thủ tục", "000.01.14.H56", "", "31/03/2025" },
                new String[] { "Số hóa hồ sơ", "Phòng Không Có", "", "32/13/2025" });
        var user = user(accounts.loadUserByUsername("reform"));
        mvc.perform(post("/api/v1/documents/" + plan + "/tasks/import").content(bad)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").with(csrf()).with(user))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("line 3: Cơ quan chủ trì")))
                .andExpect(content().string(containsString("Phòng Không Có")))
                .andExpect(content().string(containsString("32/13/2025")));
        assertThat(api.get("/api/v1/tasks?planId=" + plan, "reform", "demo").json()).isEmpty();

        byte[] good = sheet(header, new String[] { "Niêm yết thủ tục", "000.01.14.H56", "Văn phòng", "31/03/2025" },
                new String[] { "Số hóa hồ sơ", "Phòng Tư pháp huyện Thọ Xuân", "", "2025-06-30" });
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/tasks/documents/" + plan + "/tasks/import")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "nhiem-vu.xlsx", null, good)).with(csrf()).with(user))
                .andExpect(redirectedUrl("/tasks/documents/" + plan)).andExpect(flash().attributeExists("imported"));
        JsonNode tasks = api.get("/api/v1/tasks?planId=" + plan, "reform", "demo").json();
        assertThat(tasks).hasSize(2);
        assertThat(tasks).anyMatch(t -> t.get("ownerAgencyCode").asText().equals("000.02.14.H56") && t.get("deadline").asText().equals("2025-06-30"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/tasks/documents/" + plan + "/tasks/import")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "x.xlsx", null, "không phải excel".getBytes())).with(csrf())
                .with(user)).andExpect(flash().attribute("failure", "tasks.import.not-xlsx"));
    }

    @Autowired
    TaskReminders reminders;

    @Autowired
    vn.motcua.units.AgencyDirectory agencies;

    @Test
    void anAgencyGetsADailyDigestOfTasksDueSoonAndOverdue() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        long dueSoon = task("{\"title\":\"Báo cáo y tế học đường\",\"ownerAgencyCode\":\"000.08.14.H56\",\"deadline\":\"" + today.plusDays(3) + "\"}");
        task("{\"title\":\"Kiểm tra an toàn thực phẩm\",\"ownerAgencyCode\":\"000.08.14.H56\",\"deadline\":\"" + today.minusDays(2) + "\"}");
        task("{\"title\":\"Tổng kết năm\",\"ownerAgencyCode\":\"000.08.14.H56\",\"deadline\":\"" + today.plusDays(30) + "\"}");
        vn.motcua.shared.SystemActor.run(reminders::digest);
        long agency = agencies.find("000.08.14.H56").orElseThrow().id();
        assertThat(reminders.notices(agency)).first().asString().contains(
                today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .contains("1 nhiệm vụ đến hạn trong 7 ngày, 1 nhiệm vụ đã quá hạn");
        mvc.perform(get("/tasks").param("overdue", "true").with(user(accounts.loadUserByUsername("leader")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kiểm tra an toàn thực phẩm")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/tasks/" + dueSoon + "\""))))
                .andExpect(content().string(containsString("Phòng Y tế huyện Thọ Xuân")));
    }

    @Test
    void documentsAndInspectionsAreCorrectedAndStayWithinReach() {
        long id = postJson("/api/v1/documents", """
                {"unitCode":"395","number":"5/KH-UBND","issuedOn":"2025-01-06","issuer":"UBND huyện Thọ Xuân","kind":"PLAN",
                 "title":"về kiểm tra công vụ năm 2025","reformField":"CIVIL_SERVICE","planYear":2025}""", "reform").json().get("id").asLong();
        ApiClient.Answer corrected = put("/api/v1/documents/" + id, """
                {"unitCode":"395","number":"5/KH-UBND","issuedOn":"2025-01-07","issuer":"UBND huyện Thọ Xuân","kind":"PLAN",
                 "title":"về kiểm tra công vụ năm 2025","reformField":"CIVIL_SERVICE","planYear":2025}""", "reform");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/documents/" + id, "reform", "demo").json().get("issuedOn").asText()).isEqualTo("2025-01-07");
        ApiClient.Answer emptied = put("/api/v1/documents/" + id, """
                {"unitCode":"395","number":"","issuedOn":"2025-01-07","issuer":"UBND huyện Thọ Xuân","kind":"PLAN",
                 "title":"về kiểm tra công vụ năm 2025","reformField":"CIVIL_SERVICE","planYear":2025}""", "reform");
        assertThat(emptied.status()).isEqualTo(422);
        assertThat(emptied.body()).contains("number");
        assertThat(api.get("/api/v1/documents/" + id, "reform", "demo").json().get("number").asText()).isEqualTo("5/KH-UBND");

        long inspection = postJson("/api/v1/inspections", """
                {"unitCode":"395","title":"Kiểm tra công vụ","heldOn":"2025-02-03","discipline":false,"agencyCodes":["000.05.14.H56"]}""",
                "reform").json().get("id").asLong();
        JsonNode changed = put("/api/v1/inspections/" + inspection, """
                {"unitCode":"395","title":"Kiểm tra công vụ","heldOn":"2025-02-04","discipline":true,
                 "agencyCodes":["000.05.14.H56","000.06.14.H56"]}""", "reform").json();
        assertThat(changed.get("agencyCodes")).hasSize(2);
        assertThat(changed.get("discipline").asBoolean()).isTrue();
        // A province agency is outside the district's reach: neither an owner nor an inspected agency.
        assertThat(postJson("/api/v1/tasks", "{\"title\":\"X\",\"ownerAgencyCode\":\"000.00.00.H56\",\"deadline\":\"2025-05-01\"}",
                "reform").status()).isEqualTo(422);
        assertThat(put("/api/v1/inspections/" + inspection, """
                {"unitCode":"395","title":"Kiểm tra công vụ","heldOn":"2025-02-04","discipline":true,"agencyCodes":["000.00.00.H56"]}""",
                "reform").status()).isEqualTo(422);
        assertThat(api.get("/api/v1/inspections/" + inspection, "reporter", "demo").status()).isEqualTo(404);
    }
}
