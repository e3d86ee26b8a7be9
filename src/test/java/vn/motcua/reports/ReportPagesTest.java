package vn.motcua.reports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.DemoSystemTest;

/** The reform officer composes the quarter's report, previews it, and follows a dashboard figure to its dossiers. */
@DemoSystemTest
class ReportPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void whatIsStillMissingIsListedWithLinksForTheSubmitterAndTheApprover() throws Exception {
        // Xã Sao Vàng, the leader's commune: Xã Thọ Xuân's report of the quarter is the demo's approved one (DemoApprovedReportTest).
        var saoVang = user(accounts.loadUserByUsername("leader"));
        // A new commune's quarter: the entered rows are blank, and the outline MotCua drafts leaves requests to the officer in
        // section I (no document of the commune in the quarter) and III (the causes of the weak points).
        mvc.perform(get("/reports/CCHC-2025/2026-Q3/15553").with(saoVang)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"unanswered\"")))
                .andExpect(content().string(containsString("href=\"#row-2.2\"")))
                .andExpect(content().string(containsString("Không = 0; Có = 1")))
                .andExpect(content().string(containsString("Quý III năm 2026")));
        mvc.perform(get("/reports/CCHC-2025/2026-Q3/15553/document").with(saoVang)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"prompted-sections\"")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*href=\"#body1\">I\\. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH</a>.*")))
                .andExpect(content().string(containsString("III. ĐÁNH GIÁ CHUNG</a>")))
                .andExpect(content().string(containsString("Quý III năm 2026")));
    }

    @Autowired
    vn.motcua.shared.MotCuaZone zone;

    /**
     * QA 03/12/2026: a late report was dated with its period's due date (20/09/2026) and went up as
     * "Số: /BC-UBND". The date an officer has not set is the day it is prepared; a blank number is pointed
     * out on the report's form without refusing it; an entered date and number are kept.
     */
    @Test
    void aReportIsDatedTheDayItIsPreparedAndItsMissingNumberIsPointedOut() throws Exception {
        var reporter2 = user(accounts.loadUserByUsername("reporter2"));
        String report = "/reports/CCHC-2025/2026-Q3/15505";
        java.time.LocalDate today = zone.today();
        mvc.perform(get(report + "/document").with(reporter2)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"issuedOn\" value=\"" + today + "\"")))
                .andExpect(content().string(not(containsString("value=\"2026-09-20\""))));
        mvc.perform(get(report + "/preview").with(reporter2)).andExpect(status().isOk())
                .andExpect(content().string(containsString(vn.motcua.shared.VietnameseFormat.documentDate(today))));
        mvc.perform(get(report).with(reporter2)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"advisory-parts\"")))
                .andExpect(content().string(containsString("Văn bản báo cáo chưa có số")));

        mvc.perform(post(report + "/document").with(reporter2).with(csrf()).param("authority", "UBND XÃ XUÂN TÍN").param("number", "57/BC-UBND")
                .param("place", "Xuân Tín").param("issuedOn", "2026-11-30").param("title", "Báo cáo quý III năm 2026")
                .param("heading0", "I. KẾT QUẢ").param("body0", "Nội dung.").param("signatureRole", "CHỦ TỊCH"))
                .andExpect(redirectedUrl(report + "/document"));
        mvc.perform(get(report + "/document").with(reporter2))
                .andExpect(content().string(containsString("name=\"issuedOn\" value=\"2026-11-30\"")));
        mvc.perform(get(report).with(reporter2)).andExpect(content().string(not(containsString("id=\"advisory-parts\""))));
    }

    @Test
    void composeAndPreview() throws Exception {
        var reform = user(accounts.loadUserByUsername("reform"));
        String base = "/reports/CCHC-2024/2024-Q2/395/document";
        mvc.perform(get(base).with(reform)).andExpect(status().isOk())
                .andExpect(content().string(containsString("UBND HUYỆN THỌ XUÂN")))
                .andExpect(content().string(containsString("{3.3.1}")))
                .andExpect(content().string(containsString(
                        "[^Kế hoạch 268/KH-UBND ngày 29/12/2023 của UBND huyện Thọ Xuân về thực hiện cải cách hành chính năm 2024]")));
        mvc.perform(post(base).with(reform).with(csrf()).param("authority", "UBND HUYỆN THỌ XUÂN").param("number", "120/BC-UBND")
                .param("place", "Thọ Xuân").param("issuedOn", "2024-06-18").param("title", "Tình hình cải cách hành chính quý II năm 2024")
                .param("addressee", "UBND tỉnh Thanh Hóa").param("heading0", "I. KẾT QUẢ")
                .param("body0", "Tiếp nhận {3.3.1} hồ sơ[^Số liệu từ phần mềm một cửa].").param("heading1", "")
                .param("signatureRole", "CHỦ TỊCH").param("signerAccount", "").param("recipients", "- Lưu: VT."))
                .andExpect(redirectedUrl(base));
        mvc.perform(get("/reports/CCHC-2024/2024-Q2/395/preview").with(reform)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Số: 120/BC-UBND")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*Tiếp nhận \\d+ hồ sơ</span><sup>1</sup>.*")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("{3.3.1}"))))
                .andExpect(content().string(containsString("Số liệu từ phần mềm một cửa")))
                .andExpect(content().string(containsString("Thọ Xuân, ngày 18 tháng 6 năm 2024")))
                .andExpect(content().string(containsString("/reports/CCHC-2024/2024-Q2/395/rows/3.3.1")));
        mvc.perform(post(base).with(reform).with(csrf()).param("authority", "").param("number", "1").param("place", "x")
                .param("issuedOn", "2024-06-18").param("title", "t").param("signatureRole", "r").param("heading0", "I"))
                .andExpect(redirectedUrl(base));
        mvc.perform(get(base).with(reform)).andExpect(content().string(containsString("120/BC-UBND")));
    }

    @Test
    void aDateTheEditorCannotReadIsShownAsRefusedAndNothingIsSaved() throws Exception {
        var reform = user(accounts.loadUserByUsername("reform"));
        String base = "/reports/CCHC-2024/2023-Q4/395/document";
        mvc.perform(post(base).with(reform).with(csrf()).param("authority", "UBND HUYỆN THỌ XUÂN").param("number", "9/BC-UBND")
                .param("place", "Thọ Xuân").param("issuedOn", "18/12/2023").param("title", "Báo cáo quý IV").param("heading0", "I")
                .param("signatureRole", "CHỦ TỊCH"))
                .andExpect(redirectedUrl(base)).andExpect(flash().attribute("failure", "typeMismatch.java.time.LocalDate"))
                .andExpect(flash().attribute("saved", org.hamcrest.Matchers.nullValue()));
        mvc.perform(get(base).with(reform)).andExpect(content().string(org.hamcrest.Matchers.not(containsString("9/BC-UBND"))));
    }

    @Test
    void theDashboardDrillsDownToTheDossiers() throws Exception {
        var reform = user(accounts.loadUserByUsername("reform"));
        mvc.perform(get("/dashboard").param("unitCode", "395").param("period", "2024-Q1").with(reform)).andExpect(status().isOk())
                .andExpect(content().string(containsString("8.803")))
                .andExpect(content().string(containsString("8.626")))
                .andExpect(content().string(containsString("Xã Xuân Hồng")))
                .andExpect(content().string(containsString("<td>Quý I năm 2024</td>")))
                .andExpect(content().string(containsString("chart.umd.js")));
        // A commune has nothing below it to rank, and the page says so instead of an empty table.
        mvc.perform(get("/dashboard").param("unitCode", "15499").param("period", "2026-Q3").with(user(accounts.loadUserByUsername("chutich"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("không có xã, phường trực thuộc để xếp hạng")))
                .andExpect(content().string(not(containsString("id=\"communes\""))));
        mvc.perform(get("/dashboard/records").param("measure", "dossiers.apologies").param("unitCode", "395").param("period", "2024-Q1")
                .with(reform)).andExpect(status().isOk()).andExpect(content().string(containsString("56 hồ sơ")))
                .andExpect(content().string(containsString("/dossiers/H56.14")));
        mvc.perform(get("/dashboard").param("unitCode", "15502").param("period", "2024-Q1")
                .with(user(accounts.loadUserByUsername("reporter")))).andExpect(status().isNotFound());
    }

    /**
     * QA 03/12/2026: the text of an approved report could still be edited. Xã Thọ Xuân's quarter III of 2026 is the demo's
     * approved report: its editor offers nothing to save, and a save through the page or the API is refused, saying why,
     * with the text as approved.
     */
    @Test
    void anApprovedReportsTextIsReadOnlyAndASaveIsRefused() throws Exception {
        var reform = user(accounts.loadUserByUsername("reform"));
        String base = "/reports/CCHC-2025/2026-Q3/15499/document";
        mvc.perform(get(base).with(reform)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"approved-read-only\"")))
                .andExpect(content().string(containsString("văn bản báo cáo chỉ để xem")))
                .andExpect(content().string(containsString("<fieldset disabled=\"disabled\">")))
                .andExpect(content().string(not(containsString(">Lưu</button>"))))
                // Nothing invites an edit: no section to open for editing, no advice to enter figures or rewrite a sentence.
                .andExpect(content().string(not(containsString("id=\"body1\""))))
                .andExpect(content().string(not(containsString("id=\"editor-help\""))))
                .andExpect(content().string(not(containsString("id=\"missing-figures\""))))
                .andExpect(content().string(containsString("215/BC-UBND")));
        // The session cookie a browser keeps: the refusal is carried to the page the save comes back to.
        var refused = mvc.perform(post(base).with(reform).with(csrf()).param("authority", "UBND XÃ THỌ XUÂN").param("number", "999/BC-UBND")
                .param("place", "Thọ Xuân").param("issuedOn", "2026-12-01").param("title", "Sửa sau khi duyệt").param("heading0", "I. KẾT QUẢ")
                .param("body0", "Viết lại sau khi đã phê duyệt.").param("signatureRole", "CHỦ TỊCH"))
                .andExpect(redirectedUrl(base)).andExpect(flash().attribute("failure", "reports.document.approved"))
                .andExpect(flash().attribute("saved", org.hamcrest.Matchers.nullValue())).andReturn();
        mvc.perform(get(base).cookie(refused.getResponse().getCookies()).with(reform)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Báo cáo kỳ Quý III năm 2026 đã được phê duyệt nên văn bản báo cáo đã khóa")))
                .andExpect(content().string(containsString("215/BC-UBND")))
                .andExpect(content().string(not(containsString("999/BC-UBND"))))
                .andExpect(content().string(not(containsString("Viết lại sau khi đã phê duyệt."))));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1" + base).with(reform).with(csrf())
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"authority\":\"UBND XÃ THỌ XUÂN\",\"number\":\"999/BC-UBND\",\"place\":\"Thọ Xuân\",\"issuedOn\":\"2026-12-01\","
                        + "\"title\":\"Sửa\",\"sections\":[{\"heading\":\"I\",\"body\":\"Viết lại.\"}],\"signatureRole\":\"CHỦ TỊCH\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("đã được phê duyệt nên văn bản báo cáo đã khóa")));
        mvc.perform(get(base).with(reform)).andExpect(content().string(not(containsString("999/BC-UBND"))));
        // A report not yet approved keeps its save button.
        mvc.perform(get("/reports/CCHC-2024/2024-Q2/395/document").with(reform)).andExpect(content().string(containsString(">Lưu</button>")))
                .andExpect(content().string(not(containsString("id=\"approved-read-only\""))));
    }
}
