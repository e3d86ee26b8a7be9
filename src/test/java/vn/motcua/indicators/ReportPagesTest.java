package vn.motcua.indicators;

import static org.hamcrest.Matchers.containsString;
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

/** The report form: computed rows shown with their source, entered rows typed in Vietnamese format, findings beside the rows. */
@DemoSystemTest
class ReportPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aReformOfficerSeesEveryRowOfTheDistrictsQuarterWithItsSource() throws Exception {
        mvc.perform(get("/reports/CCHC-2024/2024-Q1/395").with(user(accounts.loadUserByUsername("reform"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("8.803")))
                .andExpect(content().string(containsString("8.366")))
                .andExpect(content().string(containsString("Tính từ hồ sơ")))
                .andExpect(content().string(containsString("Xã Xuân Hồng")))
                .andExpect(content().string(containsString("15/12/2023")));
        mvc.perform(get("/reports/CCHC-2024/2024-Q1/395/rows/3.5.district").with(user(accounts.loadUserByUsername("reform"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("3 bản ghi")))
                .andExpect(content().string(containsString("/dossiers/H56.14-")));
    }

    @Test
    void aReporterTypesFiguresMeetsAFindingFixesItAndSubmits() throws Exception {
        var reporter = user(accounts.loadUserByUsername("reporter"));
        String path = "/reports/CCHC-2024/2022-Q4/15493";
        mvc.perform(post(path).with(reporter).with(csrf()).param("v.2.4", "4").param("v.2.5", "6").param("v.4.3.1", "1.250"))
                .andExpect(redirectedUrl(path));
        mvc.perform(get(path).with(reporter)).andExpect(content().string(containsString("Số văn bản đã xử lý xong không thể nhiều hơn")))
                .andExpect(content().string(containsString("value=\"1.250\"")));
        mvc.perform(post(path + "/submit").with(reporter).with(csrf())).andExpect(flash().attribute("failure", "indicators.submit.errors"));
        // A value that is not a number: the form comes back with everything typed, that field marked, nothing saved.
        mvc.perform(post(path).with(reporter).with(csrf()).param("v.2.1", "abc").param("v.2.4", "1").param("v.2.5", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chỉ tiêu 2.1: &quot;abc&quot; không phải số")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*<input[^>]*is-invalid[^>]*name=\"v.2.1\"(?=[^>]*value=\"abc\")(?=[^>]*autofocus)(?=[^>]*aria-describedby=\"v-2.1-error\").*")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*name=\"v.2.4\"[^>]*value=\"1\".*")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*name=\"v.2.5\"[^>]*value=\"3\".*")));
        mvc.perform(get(path).with(reporter)).andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                "(?s).*name=\"v.2.5\"[^>]*value=\"6\".*")));
        // Gửi báo cáo from the same form saves the correction first, then checks and refuses for what is still missing.
        mvc.perform(post(path).with(reporter).with(csrf()).param("v.2.5", "3").param("then", "submit"))
                .andExpect(flash().attribute("saved", 1)).andExpect(flash().attribute("failure", "indicators.submit.errors"));
        mvc.perform(get(path).with(reporter)).andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                "(?s).*name=\"v.2.5\"[^>]*value=\"3\".*")));
        mvc.perform(get(path).with(reporter)).andExpect(content().string(containsString("id=\"unanswered\"")))
                .andExpect(content().string(containsString("Mục III. ĐÁNH GIÁ CHUNG của văn bản báo cáo còn phần gợi ý")))
                .andExpect(content().string(containsString("href=\"" + path + "/document\"")));
        ReportCompletion.complete(mvc, path.substring("/reports/".length()), reporter);
        mvc.perform(get(path).with(reporter)).andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"unanswered\""))));
        mvc.perform(post(path).with(reporter).with(csrf()).param("then", "submit")).andExpect(flash().attribute("transitioned", "submit"));
        mvc.perform(get(path).with(reporter)).andExpect(content().string(containsString("Đã gửi")));
    }
}
