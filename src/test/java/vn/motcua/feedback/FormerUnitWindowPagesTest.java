package vn.motcua.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.motcua.DemoSystemTest;

/**
 * QA 03/12/2026: the statistics, feedback and investment pages offered every period for Huyện Thọ Xuân, dissolved on 01/07/2025,
 * and a window after its end showed another unit's figures. As on its reports and dashboard: the district is offered
 * only the periods it existed in, and a window ending after its end is a 404 naming the day it ended and who carries
 * it on.
 */
@DemoSystemTest
class FormerUnitWindowPagesTest {

    private static final List<String> PAGES = List.of("/statistics/procedures", "/feedback/surveys", "/feedback/dialogues", "/investment");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    private static List<String> offeredPeriods(String html) {
        Matcher select = Pattern.compile("(?s)<select[^>]*id=\"periodDates\"[^>]*>(.*?)</select>").matcher(html);
        assertThat(select.find()).as("the period chooser").isTrue();
        Matcher option = Pattern.compile("<option value=\"([^\"]+)\"").matcher(select.group(1));
        List<String> codes = new java.util.ArrayList<>();
        while (option.find()) {
            codes.add(option.group(1));
        }
        return codes;
    }

    @Test
    void aFormerDistrictIsOfferedOnlyItsOwnPeriodsAndALaterWindowNamesItsSuccessor() throws Exception {
        var leader = user(accounts.loadUserByUsername("reform"));
        for (String page : PAGES) {
            String district = mvc.perform(get(page).param("unitCode", "395").param("from", "2024-01-01").param("to", "2024-03-31")
                    .with(leader)).andReturn().getResponse().getContentAsString();
            assertThat(district).as(page).contains("value=\"395\" selected");
            List<String> offered = offeredPeriods(district);
            assertThat(offered).as(page).contains("2024-Q1", "2025-Q2").doesNotContain("2025-Q3", "2026-Q3", "2025-Q4");

            // The province carries on: it is offered the periods after the district's end as well.
            List<String> province = offeredPeriods(mvc.perform(get(page).param("unitCode", "38").param("from", "2026-07-01")
                    .param("to", "2026-09-30").with(leader)).andReturn().getResponse().getContentAsString());
            assertThat(province).as(page).contains("2024-Q1", "2025-Q3", "2026-Q3");

            MvcResult after = mvc.perform(get(page).param("unitCode", "395").param("from", "2026-07-01").param("to", "2026-09-30")
                    .with(leader)).andReturn();
            assertThat(after.getResponse().getStatus()).as(page).isEqualTo(404);
            assertThat(after.getResponse().getContentAsString()).as(page)
                    .contains("Huyện Thọ Xuân đã kết thúc hiệu lực ngày 30/06/2025 (nay thuộc Tỉnh Thanh Hóa), nên không có số liệu"
                            + " của đơn vị đến ngày 30/09/2026. Kỳ cuối cùng của đơn vị là Quý II năm 2025")
                    .doesNotContain("đang hiển thị đơn vị của bạn");
        }
        // A former commune names the commune it merged into.
        MvcResult merged = mvc.perform(get("/feedback/surveys").param("unitCode", "15493").param("from", "2026-07-01")
                .param("to", "2026-09-30").with(leader)).andReturn();
        assertThat(merged.getResponse().getStatus()).isEqualTo(404);
        assertThat(merged.getResponse().getContentAsString()).contains("Xã Xuân Hồng đã kết thúc hiệu lực ngày 30/06/2025 (nay thuộc Xã Thọ Xuân)");
    }
}
