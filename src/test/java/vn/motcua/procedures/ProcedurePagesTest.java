package vn.motcua.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.DemoSystemTest;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.UnitLevel;

/** The public catalogue (no account) and the officers' pages, on the demo catalogue as it is today, after 1 July 2025. */
@DemoSystemTest
class ProcedurePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PublicRegister register;

    @Autowired
    MotCuaZone zone;

    @Test
    void aCitizenFindsAProcedureWithoutDiacriticsAndSeesWhatToBringHowLongAndWhatItCosts() throws Exception {
        mvc.perform(get("/public/procedures").param("q", "giay phep xay dung moi")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV")))
                .andExpect(content().string(not(containsString("Đăng ký khai sinh"))));
        // The commune's building permit since 01/07/2025 (1.013225), which replaced the district's 1.009794.
        mvc.perform(get("/public/procedures/1.013225")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đơn đề nghị cấp giấy phép xây dựng")))
                .andExpect(content().string(containsString("10 ngày làm việc")))
                .andExpect(content().string(containsString("10 ngày làm việc</span> <small")))
                .andExpect(content().string(containsString("(rút gọn từ 15)")))
                .andExpect(content().string(containsString("Lệ phí cấp giấy phép xây dựng: 75.000 đồng")));
        mvc.perform(get("/public/procedures/1.000000")).andExpect(status().isNotFound());
        mvc.perform(get("/public/procedures/1.009794")).andExpect(status().isNotFound());
        // Fields in the order of the Vietnamese alphabet: Đất đai right after the D's, not after Xây dựng.
        String list = mvc.perform(get("/public/procedures")).andReturn().getResponse().getContentAsString();
        assertThat(list.indexOf(">Đất đai<")).isPositive().isLessThan(list.indexOf(">Hộ tịch<"));
        assertThat(list.indexOf(">Hộ tịch<")).isLessThan(list.indexOf(">Xây dựng<"));
    }

    @Test
    void todaysPublicSearchOffersOnlyTheProvinceAndCommuneLevelsAndSaysWhenALevelInTheAddressIsLeftOut() throws Exception {
        String page = mvc.perform(get("/public/procedures")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String levels = page.substring(page.indexOf("<select id=\"level\""), page.indexOf("</select>", page.indexOf("<select id=\"level\"")));
        assertThat(levels).contains(">Cấp tỉnh<", ">Cấp xã<");
        // The demo's district ended on 30/06/2025, so the levels offered are those some unit has today: other tests of the shared
        // database may add a district of their own, which is then rightly offered.
        assertThat(register.unit("395", zone.today())).as("the demo's district today").isEmpty();
        boolean districtToday = register.unitsOn(zone.today()).stream().anyMatch(u -> u.level() == UnitLevel.DISTRICT);
        assertThat(levels.contains("value=\"DISTRICT\"")).as("Cấp huyện offered exactly when a district is in force").isEqualTo(districtToday);
        for (String bad : districtToday ? new String[] { "HUYEN" } : new String[] { "HUYEN", "DISTRICT" }) {
            mvc.perform(get("/public/procedures").param("level", bad)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Cấp thực hiện “" + bad + "” không có trong tra cứu")))
                    .andExpect(content().string(containsString("Đăng ký khai sinh")))
                    .andExpect(content().string(not(containsString("Lỗi 400"))));
        }
        mvc.perform(get("/public/procedures").param("level", "COMMUNE")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("không có trong tra cứu"))))
                .andExpect(content().string(containsString("<option value=\"COMMUNE\" selected=\"selected\">Cấp xã</option>")));
    }

    @Test
    void officersFilterTheCatalogue() throws Exception {
        var clerk = user(accounts.loadUserByUsername("clerk"));
        mvc.perform(get("/procedures").param("fieldCode", "xay-dung").with(clerk)).andExpect(status().isOk())
                .andExpect(content().string(containsString("1.013228")))
                .andExpect(content().string(not(containsString("1.009796"))))
                .andExpect(content().string(not(containsString("1.001193"))));
        mvc.perform(get("/procedures").param("onlineKind", "FULL").param("level", "COMMUNE").with(clerk))
                .andExpect(content().string(containsString("Đăng ký khai sinh")))
                .andExpect(content().string(not(containsString("Đăng ký kết hôn<"))));
        mvc.perform(get("/procedures").param("interAgency", "CROSS_LEVEL").with(clerk))
                .andExpect(content().string(containsString("1.013817")))
                .andExpect(content().string(not(containsString("1.013225"))));
        mvc.perform(get("/procedures/new").with(clerk)).andExpect(status().isForbidden());
    }

    @Test
    void aReformOfficerEditsStepsAndDocumentsAsANewVersion() throws Exception {
        var reform = user(accounts.loadUserByUsername("reform"));
        mvc.perform(get("/procedures/1.013227/edit").with(reform)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đơn đề nghị gia hạn")));
        mvc.perform(post("/procedures/1.013227").with(reform).with(csrf())
                .param("name", "Gia hạn giấy phép xây dựng đối với công trình cấp III, cấp IV (công trình Không theo tuyến/Theo tuyến"
                        + " trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Sửa chữa, cải tạo/Theo giai đoạn cho công trình"
                        + " không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ")
                .param("fieldCode", "xay-dung")
                .param("level", "COMMUNE").param("processingDays", "5").param("shortenedDays", "3")
                .param("onlineKind", "FULL").param("interAgency", "NONE").param("oneStop", "true")
                .param("effectiveFrom", "2026-06-01").param("decision", "QĐ rút ngắn").param("lockVersion", "0")
                .param("steps[0].name", "Tiếp nhận").param("steps[0].responsible", "CLERK").param("steps[0].hours", "2")
                .param("steps[1].name", "Thẩm định").param("steps[1].responsible", "SPECIALIST").param("steps[1].hours", "20")
                .param("steps[2].name", "").param("documents[0].name", "Đơn đề nghị gia hạn").param("documents[0].originals", "1")
                .param("documents[0].copies", "0").param("documents[0].form", "Mẫu số 02"))
                .andExpect(redirectedUrl("/procedures/1.013227"));
        mvc.perform(get("/procedures/1.013227").param("on", "2026-06-02").with(reform))
                .andExpect(content().string(containsString("3 ngày làm việc")))
                .andExpect(content().string(containsString("Thẩm định")))
                .andExpect(content().string(containsString("QĐ rút ngắn")));
        mvc.perform(get("/procedures/1.013227").param("on", "2026-05-31").with(reform))
                .andExpect(content().string(containsString("5 ngày làm việc")));
    }

    @Test
    void theImportPageShowsEachBadLine() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "danh-muc.csv", "text/csv",
                "code,name\n1.2,X\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(multipart("/procedures/import").file(file).param("dryRun", "true")
                .with(user(accounts.loadUserByUsername("reform"))).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Tệp thiếu các cột")));
    }
}
