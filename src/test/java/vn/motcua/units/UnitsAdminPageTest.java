package vn.motcua.units;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.DemoSystemTest;

/** The administration pages: the units as they were on a date, and validation messages beside the fields. */
@DemoSystemTest
class UnitsAdminPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void showsTheThreeTierPastAndTheTwoTierPresent() throws Exception {
        var admin = user(accounts.loadUserByUsername("admin"));
        mvc.perform(get("/admin/units").param("on", "2024-03-01").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Huyện Thọ Xuân")))
                .andExpect(content().string(containsString("Thị trấn Thọ Xuân")))
                .andExpect(content().string(containsString("30/06/2025")));
        mvc.perform(get("/admin/units").param("on", "2025-07-01").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Xã Lam Sơn")))
                .andExpect(content().string(containsString("01/07/2025")));
    }

    @Test
    void theAgenciesOfDissolvedUnitsStandApartWithTheirDatesSoTwoOfTheSameNameAreTold() throws Exception {
        String page = mvc.perform(get("/admin/agencies").with(user(accounts.loadUserByUsername("admin")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String current = page.substring(page.indexOf("id=\"agencies\""), page.indexOf("</table>", page.indexOf("id=\"agencies\"")));
        String former = page.substring(page.indexOf("id=\"former-agencies\""), page.indexOf("</table>", page.indexOf("id=\"former-agencies\"")));
        assertThat(page).contains("Cơ quan đã giải thể, sáp nhập");
        assertThat(current).contains(">UBND xã Xuân Hòa<", "Xã Xuân Hòa (15520)", "Từ 01/07/2025", ">Hiệu lực<")
                .doesNotContain("UBND huyện Thọ Xuân", "(15517)", "đã giải thể");
        assertThat(former).contains(">UBND xã Xuân Hòa (đến 30/06/2025)<", "Xã Xuân Hòa (15517)", ">UBND huyện Thọ Xuân (đến 30/06/2025)<",
                "Đến 30/06/2025 — đã giải thể/sáp nhập ngày 01/07/2025");
    }

    @Test
    void aWrongKindIsExplainedBesideTheField() throws Exception {
        mvc.perform(post("/admin/units").with(user(accounts.loadUserByUsername("admin"))).with(csrf())
                .param("code", "44444").param("name", "Xã Sai Loại").param("level", "COMMUNE").param("kind", "huyện")
                .param("parentCode", "38"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Loại &quot;huyện&quot; không thuộc cấp COMMUNE.")))
                .andExpect(content().string(containsString("is-invalid")));
    }

    @Test
    void aMissingNameIsExplainedInTheChosenLanguage() throws Exception {
        mvc.perform(post("/admin/units").param("lang", "en").with(user(accounts.loadUserByUsername("admin"))).with(csrf())
                .param("code", "44445").param("name", "").param("level", "COMMUNE").param("kind", "xã").param("parentCode", "38"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the unit&#39;s name.")));
    }

    @Test
    void aValidUnitIsSavedAndListed() throws Exception {
        var admin = user(accounts.loadUserByUsername("admin"));
        mvc.perform(post("/admin/units").with(admin).with(csrf()).param("code", "44446").param("name", "Phường Trang Thử")
                .param("level", "COMMUNE").param("kind", "phường").param("parentCode", "38").param("validFrom", "2026-01-01"))
                .andExpect(redirectedUrl("/admin/units"));
        mvc.perform(get("/admin/units").with(admin)).andExpect(content().string(containsString("Phường Trang Thử")));
        mvc.perform(get("/admin/units").param("on", "2025-12-31").with(admin))
                .andExpect(content().string(not(containsString("Phường Trang Thử"))));
    }

    /** QA 02/12/2026: the table read "tỉnh", "xã" in lower case where every other page says "Cấp tỉnh", "Cấp xã". */
    @Test
    void theTableNamesEachUnitsLevelAsEveryOtherPageDoes() throws Exception {
        String page = mvc.perform(get("/admin/units").param("on", "2024-03-01").with(user(accounts.loadUserByUsername("admin"))))
                .andReturn().getResponse().getContentAsString();
        String table = page.substring(page.indexOf("id=\"units\""), page.indexOf("</table>", page.indexOf("id=\"units\"")));
        assertThat(table).contains("<td>Cấp tỉnh</td>", "<td>Cấp huyện</td>", "<td>Cấp xã</td>", "<td>Thị trấn</td>", "<td>Xã</td>")
                .doesNotContain("<td>xã</td>", "<td>tỉnh</td>", "<td>thị trấn</td>");
    }

    /** QA 02/12/2026: the form offered "Cấp huyện" and "thị trấn" for new units as if the two tiers had not begun. */
    @Test
    void noDistrictNorTownshipBeginsOnOrAfterThe1stOfJuly2025ButHistoryMayStillBeEntered() throws Exception {
        var admin = user(accounts.loadUserByUsername("admin"));
        String form = mvc.perform(get("/admin/units").with(admin)).andReturn().getResponse().getContentAsString();
        assertThat(form).contains(">Cấp huyện (chỉ để ghi lịch sử trước 01/07/2025)<", ">Thị trấn (chỉ để ghi lịch sử trước 01/07/2025)<",
                ">Cấp xã<", ">Phường<");
        mvc.perform(post("/admin/units").with(admin).with(csrf()).param("code", "44450").param("name", "Huyện Mới")
                .param("level", "DISTRICT").param("kind", "huyện").param("parentCode", "38").param("validFrom", "2026-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không thể tạo đơn vị cấp huyện bắt đầu hiệu lực từ ngày này")))
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/admin/units").with(admin).with(csrf()).param("code", "44451").param("name", "Thị trấn Mới")
                .param("level", "COMMUNE").param("kind", "thị trấn").param("parentCode", "38").param("validFrom", "2025-07-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không thể tạo thị trấn bắt đầu hiệu lực từ ngày này")));
        mvc.perform(post("/admin/units").with(admin).with(csrf()).param("code", "44452").param("name", "Huyện Lịch Sử")
                .param("level", "DISTRICT").param("kind", "huyện").param("parentCode", "38").param("validFrom", "2020-01-01")
                .param("validTo", "2024-12-31"))
                .andExpect(redirectedUrl("/admin/units"));
        mvc.perform(get("/admin/units").param("on", "2024-06-01").with(admin)).andExpect(content().string(containsString("Huyện Lịch Sử")));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/admin/units").with(user(accounts.loadUserByUsername("admin"))).param("code", "44447"))
                .andExpect(status().isForbidden());
    }
}
