package vn.motcua.dossiers;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.DemoSystemTest;

/** The counter's pages: intake with the checklist and the applicant found again, the dossier page, the citizen's lookup. */
@DemoSystemTest
class DossierPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    vn.motcua.shared.MotCuaZone zone;

    @Autowired
    vn.motcua.accounts.StaffDirectory staff;

    @Autowired
    vn.motcua.units.PublicRegister register;

    @Autowired
    vn.motcua.calendar.WorkingCalendar calendar;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    DossierImport imports;

    /**
     * On some days none of the demo's open dossiers is late: one moved in from the old system at Xã Thọ Xuân, received ten
     * days ago, due five days ago and still being handled; its code.
     */
    private String lateDossier(String name, String idNumber, String phone) {
        String code = "H56.71-QUAHAN-" + System.nanoTime() % 1_000_000;
        java.time.Instant now = java.time.Instant.now();
        DossierImport.Result imported = vn.motcua.shared.SystemActor.call(() -> imports.importPast(java.util.List.of(new PastDossier(code,
                "1.001193", "000.00.71.H56", Channel.DIRECT, new Applicant(name, idNumber, null, phone, null, null),
                now.minus(java.time.Duration.ofDays(10)), now.minus(java.time.Duration.ofDays(5)), null, null, null, DossierStatus.IN_PROGRESS,
                null, null, null, null))));
        assertThat(imported.errors()).isEmpty();
        return code;
    }

    /**
     * QA 03/12/2026: the legend for pink rows showed on every list, and a dossier received with no paper ticked showed an
     * empty "Giấy tờ đã nhận" heading. A list without a late row has no legend; a dossier with no paper recorded says so.
     */
    @Test
    void theLateLegendShowsOnlyBesideALateRowAndAnEmptyChecklistSaysSo() throws Exception {
        var clerk = user(accounts.loadUserByUsername("clerk"));
        String page = mvc.perform(post("/dossiers").with(clerk).with(csrf()).param("procedureCode", "1.001193 Đăng ký khai sinh")
                .param("agencyCode", "000.00.71.H56").param("channel", "DIRECT").param("name", "Đỗ Thị Tra Cứu")
                .param("idNumber", "038195008888").param("phone", "0977001133").param("received", "0"))
                .andExpect(redirectedUrlPattern("/dossiers/H56.71-*")).andReturn().getResponse().getRedirectedUrl();
        String found = mvc.perform(get("/dossiers").param("q", "Đỗ Thị Tra Cứu").with(clerk)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(found).contains(page.substring("/dossiers/".length())).doesNotContain("table-danger")
                .doesNotContain("id=\"legend\"").doesNotContain("Dòng tô hồng");
        // The same search once a dossier of that name is past its appointment (the demo cannot travel in time).
        lateDossier("Đỗ Thị Tra Cứu", "038195008889", "0977001134");
        String late = mvc.perform(get("/dossiers").param("q", "Đỗ Thị Tra Cứu").with(clerk)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(late).contains("table-danger", "id=\"legend\"", "Dòng tô hồng: hồ sơ quá hẹn trả kết quả");
        var admin = user(accounts.loadUserByUsername("admin"));
        mvc.perform(get(page).with(clerk)).andExpect(content().string(containsString("id=\"checklist\"")))
                .andExpect(content().string(containsString("Tờ khai đăng ký khai sinh")))
                .andExpect(content().string(not(containsString("Chưa có giấy tờ nào được ghi nhận"))));

        String bare = jdbc.sql("select code from dossiers_dossier where checklist::text = '[]' order by received_at desc limit 1")
                .query(String.class).optional().orElseThrow(() -> new AssertionError("the demo has no dossier without a checklist"));
        String shown = mvc.perform(get("/dossiers/" + bare).with(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("<h2 class=\"h6\">Giấy tờ đã nhận</h2>", "id=\"checklist-none\"",
                "Chưa có giấy tờ nào được ghi nhận khi tiếp nhận.").doesNotContain("id=\"checklist\"");
    }

    @Test
    void theCounterReceivesADossierAndActsOnIt() throws Exception {
        var clerk = user(accounts.loadUserByUsername("clerk"));
        mvc.perform(get("/dossiers/new/procedure").param("procedureCode", "1.001193 Đăng ký khai sinh").with(clerk))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Giấy chứng sinh (bản chính: 1, bản sao: 0)")))
                .andExpect(content().string(containsString("8 giờ làm việc")));
        // Someone who has applied at this commune before: the counter finds their details again by the citizen ID.
        JsonNode before = JsonMapper.builder().build().readTree(mvc.perform(get("/api/v1/dossiers").param("agencyCode", "000.00.71.H56")
                .param("size", "1").with(clerk)).andReturn().getResponse().getContentAsString()).get(0).get("applicant");
        mvc.perform(get("/dossiers/new/applicant").param("idNumber", before.get("idNumber").asText()).with(clerk))
                .andExpect(content().string(containsString(before.get("name").asText())));

        MvcResult received = mvc.perform(post("/dossiers").with(clerk).with(csrf()).param("procedureCode", "1.001193 Đăng ký khai sinh")
                .param("agencyCode", "000.00.71.H56").param("channel", "DIRECT").param("name", "Trần Thị Bình")
                .param("idNumber", "038195007777").param("phone", "0977001122").param("received", "0", "1"))
                .andExpect(redirectedUrlPattern("/dossiers/H56.71-*")).andReturn();
        String page = received.getResponse().getRedirectedUrl();
        mvc.perform(get(page).with(clerk)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Trần Thị Bình")))
                .andExpect(content().string(containsString("Tờ khai đăng ký khai sinh")))
                .andExpect(content().string(containsString("Mới tiếp nhận")));
        String refused = mvc.perform(post(page + "/actions").with(clerk).with(csrf()).param("action", "REJECT"))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused.split("Cần nêu lý do.", -1)).as("the refusal said once, beside the form").hasSize(2);
        assertThat(refused).contains("id=\"REJECT-error\"").doesNotContain("id=\"failure\"");
        mvc.perform(get(page).with(clerk)).andExpect(content().string(containsString("Mới tiếp nhận")));
        mvc.perform(post(page + "/actions").with(clerk).with(csrf()).param("action", "ASSIGN").param("assignee", "specialist"));
        mvc.perform(get(page).with(clerk)).andExpect(content().string(containsString("Giao xử lý")))
                .andExpect(content().string(containsString("Đang xử lý")));
        // The plain slip is gone: its old address opens the official Mẫu 01 PDF.
        mvc.perform(get(page + "/receipt").with(clerk))
                .andExpect(redirectedUrl("/api/v1/dossiers" + page.substring("/dossiers".length()) + "/forms/receipt.pdf"));
        mvc.perform(get(page).with(clerk)).andExpect(content().string(containsString("Mẫu số 01 — GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")))
                .andExpect(content().string(containsString("/api/v1/dossiers" + page.substring("/dossiers".length()) + "/forms/receipt.pdf")))
                .andExpect(content().string(containsString("Theo Thông tư 03/2025/TT-VPCP")));
        mvc.perform(get("/dossiers").param("list", "MINE").with(user(accounts.loadUserByUsername("specialist"))))
                .andExpect(content().string(containsString(page.substring("/dossiers/".length()))));
    }

    /**
     * The action panel as each role sees it: only the actions the user may take in the dossier's state,
     * each form with its own fields; the handler chosen from the agency's specialists and leaders, never
     * typed; a refused action comes back to the dossier with the reason in words and what was typed.
     */
    @Test
    void theActionPanelOffersOnlyWhatTheUserMayDo() throws Exception {
        var clerk = user(accounts.loadUserByUsername("clerk"));
        var specialist = user(accounts.loadUserByUsername("specialist"));
        String page = mvc.perform(post("/dossiers").with(clerk).with(csrf()).param("procedureCode", "1.001193 Đăng ký khai sinh")
                .param("agencyCode", "000.00.71.H56").param("channel", "DIRECT").param("name", "Lò Văn Giao")
                .param("phone", "0977001144")).andReturn().getResponse().getRedirectedUrl();

        String seenBySpecialist = mvc.perform(get(page).with(specialist)).andReturn().getResponse().getContentAsString();
        assertThat(seenBySpecialist).contains("id=\"act-ASSIGN\"").contains("id=\"act-REQUEST_SUPPLEMENT\"")
                .doesNotContain("id=\"act-APPROVE\"").doesNotContain("id=\"act-RETURN_RESULT\"");
        String assign = panel(seenBySpecialist, "ASSIGN");
        assertThat(assign).contains("<option value=\"specialist\">Phạm Thu Trang (công chức Tư pháp - Hộ tịch)</option>")
                .contains("<option value=\"chutich\">Lê Đình Sơn (Chủ tịch UBND xã Thọ Xuân)</option>")
                .doesNotContain("value=\"clerk\"").doesNotContain("value=\"leader\"")
                .doesNotContain("name=\"amount\"").doesNotContain("name=\"channel\"").doesNotContain("name=\"newDueAt\"");
        assertThat(panel(seenBySpecialist, "APOLOGIZE")).contains("name=\"newDueAt\"").contains("name=\"reason\"")
                .doesNotContain("name=\"assignee\"");
        assertThat(mvc.perform(get(page).with(user(accounts.loadUserByUsername("chutich")))).andReturn().getResponse()
                .getContentAsString()).contains("id=\"act-APPROVE\"");

        // A specialist asking for the approval anyway is told so on the dossier, which is unchanged.
        mvc.perform(post(page + "/actions").with(specialist).with(csrf()).param("action", "APPROVE")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tài khoản của bạn không được thực hiện thao tác này; hồ sơ không thay đổi.")))
                .andExpect(content().string(containsString("Mới tiếp nhận")));
        // A name nobody holds is refused, and the refused form opens again with the field marked and the note kept.
        String refused = mvc.perform(post(page + "/actions").with(clerk).with(csrf()).param("action", "ASSIGN")
                .param("assignee", "Lê Thị Hoa").param("reason", "Giao gấp")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Người xử lý “Lê Thị Hoa” không phải chuyên viên hoặc lãnh đạo")
                .contains("Mới tiếp nhận");
        assertThat(panel(refused, "ASSIGN")).contains("open=\"open\"").contains("is-invalid").contains("aria-describedby=\"ASSIGN-error\"")
                .contains(">Giao gấp</textarea>");

        mvc.perform(post(page + "/actions").with(clerk).with(csrf()).param("action", "ASSIGN").param("assignee", "specialist"))
                .andExpect(flash().attribute("done", ActionKind.ASSIGN));
        mvc.perform(get(page).with(clerk)).andExpect(content().string(containsString("Giao cho: Phạm Thu Trang (công chức Tư pháp - Hộ tịch)")));
        // An action the state no longer allows, asked for through an old page, names it and the state in words.
        mvc.perform(post(page + "/actions").with(clerk).with(csrf()).param("action", "RETURN_RESULT").param("channel", "DIRECT"))
                .andExpect(content().string(containsString("Không thể thực hiện Trả kết quả khi hồ sơ đang ở trạng thái Đang xử lý.")));
    }

    /**
     * A finished dossier has no current step: the page says it ended and when (result ready, result returned,
     * refused), never the first step "Tiếp nhận, kiểm tra hồ sơ", and names who handled it last, never a blank.
     */
    @Test
    void aFinishedDossierSaysWhenItEndedAndWhoHandledItLast() throws Exception {
        var clerk = user(accounts.loadUserByUsername("clerk"));
        var specialist = user(accounts.loadUserByUsername("specialist"));
        var leader = user(accounts.loadUserByUsername("chutich"));
        String today = zone.today().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String page = mvc.perform(post("/dossiers").with(clerk).with(csrf()).param("procedureCode", "1.001193 Đăng ký khai sinh")
                .param("agencyCode", "000.00.71.H56").param("channel", "DIRECT").param("name", "Đinh Thị Hậu")
                .param("phone", "0977001166")).andReturn().getResponse().getRedirectedUrl();
        assertThat(field(mvc.perform(get(page).with(specialist)).andReturn().getResponse().getContentAsString(), "current-step"))
                .contains("Tiếp nhận, kiểm tra hồ sơ");
        mvc.perform(post(page + "/actions").with(clerk).with(csrf()).param("action", "ASSIGN").param("assignee", "specialist"))
                .andExpect(flash().attribute("done", ActionKind.ASSIGN));
        mvc.perform(post(page + "/actions").with(leader).with(csrf()).param("action", "APPROVE"))
                .andExpect(flash().attribute("done", ActionKind.APPROVE));
        mvc.perform(post(page + "/actions").with(leader).with(csrf()).param("action", "COMPLETE"))
                .andExpect(flash().attribute("done", ActionKind.COMPLETE));

        String completed = mvc.perform(get(page).with(specialist)).andReturn().getResponse().getContentAsString();
        assertThat(field(completed, "current-step")).contains("Đã có kết quả lúc ").contains(today)
                .doesNotContain("Tiếp nhận, kiểm tra hồ sơ");
        assertThat(field(completed, "handler")).contains("Phạm Thu Trang (công chức Tư pháp - Hộ tịch) (người xử lý cuối cùng)");

        mvc.perform(post(page + "/actions").with(clerk).with(csrf()).param("action", "RETURN_RESULT").param("channel", "DIRECT"))
                .andExpect(flash().attribute("done", ActionKind.RETURN_RESULT));
        String returned = mvc.perform(get(page).with(clerk)).andReturn().getResponse().getContentAsString();
        assertThat(field(returned, "current-step")).contains("Đã trả kết quả lúc ").contains(today)
                .doesNotContain("Tiếp nhận, kiểm tra hồ sơ");
        assertThat(field(returned, "handler")).contains("Phạm Thu Trang (công chức Tư pháp - Hộ tịch) (người xử lý cuối cùng)");

        // Refused at the counter before anyone was assigned: the clerk who refused it handled it last.
        String refused = mvc.perform(post("/dossiers").with(clerk).with(csrf()).param("procedureCode", "1.001193 Đăng ký khai sinh")
                .param("agencyCode", "000.00.71.H56").param("channel", "DIRECT").param("name", "Đinh Văn Tú")
                .param("phone", "0977001177")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(refused + "/actions").with(clerk).with(csrf()).param("action", "REJECT").param("reason", "Không thuộc thẩm quyền"))
                .andExpect(flash().attribute("done", ActionKind.REJECT));
        String clerkName = staff.fullNames(java.util.Set.of("clerk")).get("clerk");
        String rejected = mvc.perform(get(refused).with(specialist)).andReturn().getResponse().getContentAsString();
        assertThat(field(rejected, "current-step")).contains("Đã từ chối lúc ").contains(today);
        assertThat(field(rejected, "handler")).contains(clerkName + " (người xử lý cuối cùng)");
    }

    /**
     * A finished 2024 dossier of Xuân Hồng, a commune that ended when the communes were merged on 01/07/2025: its page
     * offers no action (not even publishing the result) and says why, naming the day and the successor; asked anyway,
     * through the page or the API, the action is refused and the dossier is unchanged.
     */
    @Test
    void aDossierOfADissolvedCommuneTakesNoNewWork() throws Exception {
        var clerk = user(accounts.loadUserByUsername("clerk"));
        vn.motcua.units.Agency xuanHong = register.agencies().stream().filter(a -> a.name().equals("UBND xã Xuân Hồng")).findFirst()
                .orElseThrow();
        assertThat(xuanHong.validTo()).isEqualTo(java.time.LocalDate.of(2025, 6, 30));
        JsonNode found = JsonMapper.builder().build().readTree(mvc.perform(get("/api/v1/dossiers").param("agencyCode", xuanHong.code())
                .param("status", "RETURNED").param("from", "2024-01-01").param("to", "2024-12-31").param("size", "1").with(clerk))
                .andReturn().getResponse().getContentAsString());
        String code = found.get(0).get("code").asText();
        JsonNode before = JsonMapper.builder().build().readTree(mvc.perform(get("/api/v1/dossiers/" + code).with(clerk))
                .andReturn().getResponse().getContentAsString());
        String said = "Hồ sơ thuộc UBND xã Xuân Hồng, đơn vị đã kết thúc hoạt động từ ngày 01/07/2025; đơn vị kế thừa là Xã Thọ Xuân.";

        String shown = mvc.perform(get("/dossiers/" + code).with(clerk)).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("id=\"unit-ended\"").contains(said).doesNotContain("id=\"act-PUBLISH_RESULT\"")
                .doesNotContain("id=\"act-RECORD_PAYMENT\"").doesNotContain("id=\"no-actions\"");

        String refused = mvc.perform(post("/dossiers/" + code + "/actions").with(clerk).with(csrf()).param("action", "PUBLISH_RESULT")
                .param("on", "PROVINCE_PORTAL")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"failure\"").contains(said);
        mvc.perform(post("/api/v1/dossiers/" + code + "/actions").with(clerk).with(csrf()).contentType("application/json")
                .content("{\"action\":\"PUBLISH_RESULT\",\"on\":\"PROVINCE_PORTAL\"}"))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("01/07/2025")))
                .andExpect(content().string(containsString("Xã Thọ Xuân")));
        JsonNode after = JsonMapper.builder().build().readTree(mvc.perform(get("/api/v1/dossiers/" + code).with(clerk))
                .andReturn().getResponse().getContentAsString());
        assertThat(after.get("version")).as("the dossier unchanged").isEqualTo(before.get("version"));
        assertThat(after.get("history").size()).isEqualTo(before.get("history").size());
        assertThat(after.get("publishedOn")).isEqualTo(before.get("publishedOn"));
    }

    /** The text of a definition on the dossier's page, by its id, up to the end of the definition. */
    private static String field(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("the field " + id).isNotNegative();
        return html.substring(start, html.indexOf("</dd>", start)).replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ");
    }

    private static String panel(String html, String action) {
        int start = html.indexOf("id=\"act-" + action + "\"");
        assertThat(start).as("the panel of " + action).isNotNegative();
        return html.substring(start, html.indexOf("</details>", start));
    }

    /** Số hóa from the dossier's page: the clerk picks the required document, scans, and finds it listed and in the timeline. */
    @Test
    void theClerkScansAPaperFromTheDossiersPage() throws Exception {
        var clerk = user(accounts.loadUserByUsername("clerk"));
        String page = mvc.perform(post("/dossiers").with(clerk).with(csrf()).param("procedureCode", "1.001193 Đăng ký khai sinh")
                .param("agencyCode", "000.00.71.H56").param("channel", "POSTAL").param("name", "Phạm Văn Quét")
                .param("idNumber", "038195008888").param("phone", "0977001133"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(page).with(clerk)).andExpect(content().string(containsString("Thành phần hồ sơ, giấy tờ")))
                .andExpect(content().string(containsString("Chưa có giấy tờ nào được số hóa hoặc đính kèm.")))
                .andExpect(content().string(containsString(">1. Tờ khai đăng ký khai sinh</option>")))
                .andExpect(content().string(containsString("tối đa 20 MB")));
        mvc.perform(multipart(page + "/documents").file(new MockMultipartFile("file", "Giấy chứng sinh.pdf", "application/pdf",
                vn.motcua.SampleFiles.pdf())).param("requirement", "2").param("digitised", "true").param("kind", "DOSSIER").with(clerk)
                .with(csrf())).andExpect(redirectedUrl(page + "#documents")).andExpect(flash().attribute("attached", "Giấy chứng sinh.pdf"));
        mvc.perform(get(page).with(clerk)).andExpect(content().string(containsString(">Giấy chứng sinh.pdf</a>")))
                .andExpect(content().string(containsString("2. Giấy chứng sinh")))
                .andExpect(content().string(containsString("Bản số hóa")))
                .andExpect(content().string(containsString("Đính kèm giấy tờ")))
                .andExpect(content().string(containsString("Hồ sơ: “Giấy chứng sinh.pdf”, Bản số hóa")))
                .andExpect(content().string(containsString(">Trần Văn Minh"))).andExpect(content().string(not(containsString(">clerk, "))));
        mvc.perform(multipart(page + "/documents").file(new MockMultipartFile("file", "anh.png", "image/png",
                vn.motcua.SampleFiles.HTML)).with(clerk).with(csrf())).andExpect(flash().attribute("failure", "files.content"));
    }

    @Test
    void intakeProblemsAreExplainedAndNothingIsLost() throws Exception {
        mvc.perform(post("/dossiers").with(user(accounts.loadUserByUsername("clerk"))).with(csrf())
                .param("procedureCode", "1.001193").param("agencyCode", "000.00.71.H56").param("channel", "DIRECT")
                .param("name", "Trần Thị Bình").param("idNumber", "1234").param("phone", "0977001155").param("received", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số định danh cá nhân (CCCD) gồm đúng 12 chữ số.")))
                .andExpect(content().string(containsString("value=\"Trần Thị Bình\"")))
                .andExpect(content().string(containsString("value=\"0977001155\"")))
                // The wrong field is marked beside itself, described by its message and given the focus.
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*<input id=\"idNumber\"(?=[^>]*class=\"form-control is-invalid\")(?=[^>]*autofocus)(?=[^>]*aria-describedby=\"idNumber-error\").*")))
                .andExpect(content().string(containsString("<div id=\"idNumber-error\" class=\"invalid-feedback\">Số định danh cá nhân (CCCD) gồm đúng 12 chữ số.</div>")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*<input id=\"procedureCode\"(?:(?!autofocus)[^>])*>.*")))
                // The papers ticked before the refusal are still ticked.
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*value=\"1\" id=\"doc-1\"\\s+checked=\"checked\".*")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*value=\"0\" id=\"doc-0\"\\s*>.*")));
    }

    /**
     * A dossier past its due time says so in words, on the list (a badge beside the status and a legend for the pink
     * row) and on its page, counted in working days with the one calendar: N is the number of whole working days
     * that have run since the due time, so the due time plus N working days has passed and plus N + 1 has not.
     */
    @Test
    void aLateDossierIsCalledLateInWorkingDaysOnTheListAndOnItsPage() throws Exception {
        var clerk = user(accounts.loadUserByUsername("clerk"));
        java.time.Instant now = java.time.Instant.now();
        String code = lateDossier("Lê Văn Quá Hẹn", "038195008877", "0977001144");
        String list = mvc.perform(get("/dossiers").param("list", "OVERDUE").with(clerk)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(list).contains("id=\"legend\"", "Dòng tô hồng: hồ sơ quá hẹn trả kết quả, kèm số ngày (giờ) làm việc đã quá");
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?s)<tr class=\"table-danger\">(?:(?!</tr>).)*?href=\"/dossiers/"
                + java.util.regex.Pattern.quote(code) + "\".*?class=\"badge text-bg-danger late\">([^<]+)</span>").matcher(list);
        assertThat(row.find()).as("the late dossier's pink row with its badge in the overdue list").isTrue();
        java.time.Instant due = jdbc.sql("select due_at from dossiers_dossier where code = ?").param(code)
                .query(java.time.OffsetDateTime.class).single().toInstant();
        int days = 0;
        while (!calendar.due(due, vn.motcua.calendar.WorkingDuration.days(days + 1)).isAfter(now)) {
            days++;
        }
        String expected;
        if (days > 0) {
            expected = "Quá hạn " + days + " ngày làm việc";
        } else if (calendar.workingTimeBetween(due, now, java.util.List.of()).isZero()) {
            expected = "Quá hạn"; // past the due time outside office hours: no working hour has run yet
        } else {
            int hours = 1;
            while (calendar.due(due, vn.motcua.calendar.WorkingDuration.hours(hours)).isBefore(now)) {
                hours++;
            }
            expected = "Quá hạn " + hours + " giờ làm việc";
        }
        assertThat(row.group(1)).isEqualTo(expected);
        String since = java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(calendar.zone()).format(due);
        mvc.perform(get("/dossiers/" + code).with(clerk)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"overdue-badge\">" + expected + "</span>")))
                .andExpect(content().string(containsString(expected + ": hồ sơ đã quá hẹn trả kết quả từ " + since + " mà chưa có kết quả")))
                .andExpect(content().string(containsString("(đã quá hạn)")))
                .andExpect(content().string(not(containsString("Hồ sơ sắp đến hạn trả kết quả"))));
    }

    @Test
    void theCitizenLooksUpWithoutAnAccountAndTheBoardNeedsALeader() throws Exception {
        mvc.perform(get("/public/dossiers")).andExpect(status().isOk());
        mvc.perform(get("/public/dossiers").param("code", "H56.71-000101-0001").param("phone", "1234"))
                .andExpect(content().string(containsString("Không tìm thấy hồ sơ")));
        mvc.perform(get("/dossiers/overdue").with(user(accounts.loadUserByUsername("chutich")))).andExpect(status().isOk());
        mvc.perform(get("/dossiers").with(user(accounts.loadUserByUsername("reporter2"))))
                .andExpect(content().string(not(containsString("H56.71-"))));
    }

    @Test
    void theStatisticsAndTheTrackingBookShowOnTheirPages() throws Exception {
        var leader = user(accounts.loadUserByUsername("leader"));
        mvc.perform(get("/statistics/procedures").param("unitCode", "395").param("from", "2023-12-15").param("to", "2024-03-14")
                .with(leader)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tình hình, kết quả giải quyết thủ tục hành chính")))
                .andExpect(content().string(containsString("Huyện Thọ Xuân, từ ngày 15/12/2023 đến ngày 14/03/2024")))
                .andExpect(content().string(containsString("Cấp xã")))
                .andExpect(content().string(containsString("Hộ tịch")))
                .andExpect(content().string(containsString("Tổng cộng")))
                // The window filter keeps what was asked and the page's own links beside its button.
                .andExpect(content().string(containsString("value=\"395\" selected")))
                .andExpect(content().string(containsString("name=\"from\" value=\"2023-12-15\"")))
                .andExpect(content().string(containsString("procedures.xlsx?unitCode=395&amp;from=2023-12-15&amp;to=2024-03-14")))
                .andExpect(content().string(containsString("href=\"/dossiers/book\"")));
        mvc.perform(get("/statistics/procedures").param("unitCode", "395").param("from", "2024-03-14").param("to", "2023-12-15")
                .with(leader)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Khoảng thời gian không hợp lệ")));
        mvc.perform(get("/dossiers/book").param("agencyCode", "000.00.14.H56").param("from", "2024-01-02").param("to", "2024-01-02")
                .with(leader)).andExpect(status().isOk()).andExpect(content().string(containsString("Sổ theo dõi hồ sơ")))
                .andExpect(content().string(containsString("hồ sơ tiếp nhận trong kỳ")))
                .andExpect(content().string(containsString("/api/v1/dossiers/book.pdf?agencyCode=000.00.14.H56&amp;from=2024-01-02")));
    }

    @Test
    void administratorsSeeTheOutboxAndEditTemplates() throws Exception {
        var admin = user(accounts.loadUserByUsername("admin"));
        mvc.perform(get("/admin/notifications").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Thông báo cho người nộp hồ sơ")));
        mvc.perform(get("/admin/notifications/templates").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Yêu cầu bổ sung")))
                .andExpect(content().string(containsString("da tiep nhan ho so {maHoSo}")));
        mvc.perform(post("/admin/notifications/templates/dossier.received/SMS").with(admin).with(csrf())
                .param("body", "Ho so {maHoSo} {sai}").param("enabled", "true"))
                .andExpect(redirectedUrl("/admin/notifications/templates"))
                .andExpect(flash().attribute("failure", "notifications.template.placeholder"))
                .andExpect(flash().attribute("draftBody", "Ho so {maHoSo} {sai}"));
        mvc.perform(get("/admin/notifications").with(user(accounts.loadUserByUsername("clerk")))).andExpect(status().isForbidden());
    }
}
