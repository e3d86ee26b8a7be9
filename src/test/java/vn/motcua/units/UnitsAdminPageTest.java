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

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/admin/units").with(user(accounts.loadUserByUsername("admin"))).param("code", "44447"))
                .andExpect(status().isForbidden());
    }
}
