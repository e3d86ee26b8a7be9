package vn.motcua.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * An account reaches its agency's unit, what lies below it and the units merged into those, nothing
 * else: a commune's account can neither read nor change another commune's data, through the API or
 * the pages. The demo's communes are those of the two-tier government since 1 July 2025.
 */
@DemoSystemTest
class UnitScopeTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        // A commune administrator of Xã Thọ Xuân (15499 since 1 July 2025), created by the province's administrator.
        if (api.get("/api/v1/accounts/thoxuan.admin", "admin", "demo").status() == 404) {
            assertThat(api.post("/api/v1/accounts", """
                    {"username":"thoxuan.admin","fullName":"Quản trị xã Thọ Xuân","password":"Tho-Xuan-quan-tri-7",
                     "agencyCode":"000.00.71.H56","roles":["ADMIN"]}""", "admin", "demo").status()).isEqualTo(201);
        }
    }

    @Test
    void aCommuneReporterSeesOnlyItsOwnCommuneAndTheCommunesMergedIntoIt() {
        assertThat(api.get("/api/v1/units?on=2026-01-01", "reporter2", "demo").json()).extracting(u -> u.get("code").asText())
                .containsExactly("15505");
        // Xã Thọ Long was formed from Bắc Lương, Nam Giang, Xuân Phong, Thọ Lộc and Tây Hồ.
        assertThat(api.get("/api/v1/units?on=2024-03-01", "reporter2", "demo").json()).extracting(u -> u.get("code").asText())
                .containsExactlyInAnyOrder("15502", "15505", "15508", "15511", "15523");
        assertThat(api.get("/api/v1/agencies", "reporter2", "demo").json()).extracting(a -> a.get("code").asText())
                .contains("000.00.72.H56", "000.33.14.H56").doesNotContain("000.00.71.H56", "000.31.14.H56");
    }

    @Test
    void theDistrictSeesItsThirtyCommunesAndTheProvinceEverything() {
        // Other tests add units under the province; count the demo's own.
        JsonNode district = api.get("/api/v1/units?on=2024-03-01", "leader", "demo").json();
        assertThat(district).hasSize(31);
        assertThat(district).filteredOn(u -> "395".equals(u.get("parentCode").asText(null))).hasSize(30);
        JsonNode province = api.get("/api/v1/units?on=2024-03-01", "admin", "demo").json();
        assertThat(province).extracting(u -> u.get("code").asText()).contains("38", "395", "15493", "15598");
        JsonNode twoTiers = api.get("/api/v1/units?on=2026-01-01", "admin", "demo").json();
        assertThat(twoTiers).filteredOn(u -> u.get("code").asText().startsWith("155") || u.get("code").asText().startsWith("154"))
                .extracting(u -> u.get("name").asText()).containsExactlyInAnyOrder("Xã Thọ Xuân", "Xã Thọ Long", "Xã Xuân Hòa",
                        "Xã Sao Vàng", "Xã Lam Sơn", "Xã Thọ Lập", "Xã Xuân Tín", "Xã Xuân Lập");
        assertThat(twoTiers).extracting(u -> u.get("code").asText()).doesNotContain("395");
    }

    @Test
    void aNewCommuneCarriesOnTheRecordsOfTheCommunesMergedIntoIt() {
        JsonNode units = api.get("/api/v1/units?on=2024-03-01", "thoxuan", "demo").json();
        assertThat(units).extracting(u -> u.get("code").asText())
                .containsExactlyInAnyOrder("15493", "15499", "15514", "15526");
    }

    @Test
    void aCommuneAdministratorCannotReadOrChangeAnotherCommune() {
        // Reading: Thọ Long's reporter account is not there for Thọ Xuân's administrator.
        assertThat(api.get("/api/v1/accounts/reporter2", "thoxuan.admin", "Tho-Xuan-quan-tri-7").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/accounts", "thoxuan.admin", "Tho-Xuan-quan-tri-7").json())
                .extracting(a -> a.get("username").asText()).contains("reporter", "clerk").doesNotContain("reporter2", "admin");
        assertThat(api.get("/api/v1/units/15505?on=2026-01-01", "thoxuan.admin", "Tho-Xuan-quan-tri-7").status()).isEqualTo(404);
        // Changing: no agency, account or unit may be added in Thọ Long.
        assertThat(api.post("/api/v1/agencies", """
                {"code":"T-TL-1","name":"Trạm thử","unitCode":"15505","kind":"CENTER","unitValidOn":"2026-01-01"}""",
                "thoxuan.admin", "Tho-Xuan-quan-tri-7").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/accounts", """
                {"username":"intruder","fullName":"X","password":"Tho-Xuan-quan-tri-7","agencyCode":"000.00.72.H56","roles":["REPORTER"]}""",
                "thoxuan.admin", "Tho-Xuan-quan-tri-7").status()).isEqualTo(422);
        assertThat(api.post("/api/v1/units/15502/succession", """
                {"successorCode":"15499","date":"2024-01-01"}""", "thoxuan.admin", "Tho-Xuan-quan-tri-7").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/accounts/intruder", "admin", "demo").status()).isEqualTo(404);
    }

    @Test
    void aReporterMayNotAdministerAnything() {
        assertThat(api.post("/api/v1/units", """
                {"code":"88888","name":"Xã Mới","level":"COMMUNE","kind":"xã","parentCode":"395","validFrom":"2024-01-01"}""",
                "reporter", "demo").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/accounts", "reporter", "demo").status()).isEqualTo(403);
    }

    @Test
    void pagesKeepTheSameScope() throws Exception {
        var reporter = accounts.loadUserByUsername("reporter");
        mvc.perform(get("/").with(user(reporter))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Xã Thọ Long"))));
        mvc.perform(get("/admin/units").with(user(reporter))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/agencies").with(user(reporter)).with(csrf()).param("code", "T-1").param("name", "X")
                .param("unitCode", "15505").param("kind", "CENTER")).andExpect(status().isForbidden());

        var communeAdmin = accounts.loadUserByUsername("thoxuan.admin");
        mvc.perform(get("/admin/units").param("on", "2026-01-01").with(user(communeAdmin))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Xã Thọ Xuân")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Xã Thọ Long"))));
        mvc.perform(post("/admin/agencies").with(user(communeAdmin)).with(csrf()).param("code", "T-TL-2")
                .param("name", "Trạm thử").param("unitCode", "15505").param("unitValidOn", "2026-01-01").param("kind", "CENTER"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theHomePageShowsTheAccountsUnitAndWhatLiesBelow() throws Exception {
        mvc.perform(get("/").with(user(accounts.loadUserByUsername("admin")))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("UBND tỉnh Thanh Hóa")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Xã Thọ Lập")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Dữ liệu demo")));
    }
}
