package vn.motcua.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/** Căn cứ pháp lý: kept per version, edited by officers (page and API), shown to citizens, and said to be missing when it is. */
@DemoSystemTest
class LegalBasisTest {

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
    }

    @Test
    void aCitizenSeesTheLawsBehindBirthRegistrationAndDownloadsTheDeclaration() throws Exception {
        String page = mvc.perform(get("/public/procedures/1.001193")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Căn cứ pháp lý").contains("60/2014/QH13").contains("Luật Hộ tịch")
                .contains("123/2015/NĐ-CP").contains("Ngày ban hành: 15/11/2015 · Chính phủ").contains("04/2020/TT-BTP")
                .doesNotContain("Chưa cập nhật");
        // The law is listed in the catalogue's order: the Law, then the Decree, then the Circular.
        assertThat(page.indexOf("60/2014/QH13")).isLessThan(page.indexOf("123/2015/NĐ-CP"));
        assertThat(page.indexOf("123/2015/NĐ-CP")).isLessThan(page.indexOf("04/2020/TT-BTP"));
        // The declaration the documents table names links to the blank form, which downloads as a PDF.
        assertThat(page).contains("Mẫu TK khai sinh (tải PDF)").contains("href=\"/public/procedures/1.001193/to-khai.pdf\"");
        byte[] pdf = mvc.perform(get("/public/procedures/1.001193/to-khai.pdf")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // Where the catalogue holds no legal basis the page says so rather than staying silent.
        mvc.perform(get("/public/procedures/1.013820")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Căn cứ pháp lý")))
                .andExpect(content().string(containsString("Chưa cập nhật")));
    }

    @Test
    void everyDemoProcedureInForceHasItsLegalBasisOrIsSaidToHaveNone() {
        JsonNode all = api.get("/api/v1/procedures", "clerk", "demo").json();
        int withBasis = 0;
        for (JsonNode p : all) {
            assertThat(p.has("legalBases")).as(p.get("code").asText()).isTrue();
            for (JsonNode b : p.get("legalBases")) {
                assertThat(b.get("number").asText()).as(p.get("code").asText()).isNotBlank();
                assertThat(b.get("title").asText()).isNotBlank();
            }
            withBasis += p.get("legalBases").isEmpty() ? 0 : 1;
        }
        assertThat(withBasis).isGreaterThan(all.size() * 3 / 4);
        JsonNode land = api.get("/api/v1/procedures/1.013804", "clerk", "demo").json().get("legalBases");
        assertThat(land.get(0).get("number").asText()).isEqualTo("31/2024/QH15");
        assertThat(land.get(0).get("issuedOn").asText()).isEqualTo("2024-01-18");
        assertThat(land.get(0).get("issuer").asText()).isEqualTo("Quốc hội");
    }

    @Test
    void theApiTakesTheLegalBasisAndRefusesADocumentWithoutNumberNamingTheField() {
        String code = CatalogTestData.uniqueCode();
        String field = CatalogTestData.uniqueField();
        var created = api.post("/api/v1/procedures", CatalogTestData.json(code, field, "COMMUNE", """
                "legalBases":[{"number":"23/2015/NĐ-CP","title":"Nghị định về cấp bản sao từ sổ gốc","issuedOn":"2015-02-16","issuer":"Chính phủ"}]"""),
                "reform", "demo");
        assertThat(created.status()).isEqualTo(201);
        JsonNode shown = api.get("/api/v1/procedures/" + code, "clerk", "demo").json();
        assertThat(shown.get("legalBases").get(0).get("number").asText()).isEqualTo("23/2015/NĐ-CP");
        assertThat(shown.get("legalBases").get(0).get("issuedOn").asText()).isEqualTo("2015-02-16");
        // Fields that were there before are still there, with the same names.
        assertThat(shown.get("processingDays").asInt()).isEqualTo(10);
        assertThat(shown.get("formFields")).isEmpty();

        // A client written before legal bases existed still publishes; the procedure then has none.
        String older = CatalogTestData.uniqueCode();
        assertThat(api.post("/api/v1/procedures", CatalogTestData.json(older, field, "COMMUNE", ""), "reform", "demo").status())
                .isEqualTo(201);
        assertThat(api.get("/api/v1/procedures/" + older, "clerk", "demo").json().get("legalBases")).isEmpty();

        var refused = api.post("/api/v1/procedures", CatalogTestData.json(CatalogTestData.uniqueCode(), field, "COMMUNE", """
                "legalBases":[{"number":"","title":"Luật không số"}]"""), "reform", "demo");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("legalBases[0]").contains("Căn cứ pháp lý, dòng 1: hãy ghi số, ký hiệu văn bản");
    }

    @Test
    void aReformOfficerAddsALegalBasisOnTheEditPageAsANewVersion() throws Exception {
        var reform = user(accounts.loadUserByUsername("reform"));
        mvc.perform(get("/procedures/1.013228/edit").with(reform)).andExpect(status().isOk())
                .andExpect(content().string(containsString("legalBases[0].number")))
                .andExpect(content().string(containsString("value=\"50/2014/QH13\"")));
        // A line with a title but no number is refused beside the legal-basis rows, and what was typed stays.
        mvc.perform(amendment("", "Nghị định thiếu số hiệu").with(reform)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Căn cứ pháp lý, dòng 2: hãy ghi số, ký hiệu văn bản")))
                .andExpect(content().string(containsString("value=\"Nghị định thiếu số hiệu\"")));
        mvc.perform(amendment("15/2021/NĐ-CP", "Nghị định quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng")
                .with(reform)).andExpect(redirectedUrl("/procedures/1.013228"));
        mvc.perform(get("/procedures/1.013228").param("on", "2026-07-02").with(reform))
                .andExpect(content().string(containsString("15/2021/NĐ-CP")))
                .andExpect(content().string(not(containsString("62/2020/QH14"))))
                .andExpect(content().string(containsString("Ngày ban hành: 18/06/2014 · Quốc hội")));
        // The version before keeps the legal basis it had.
        mvc.perform(get("/procedures/1.013228").param("on", "2026-06-30").with(reform))
                .andExpect(content().string(containsString("62/2020/QH14")));
    }

    /** The edit form of 1.013228 from 01/07/2026 with the Construction Law and a second line as given. */
    private static MockHttpServletRequestBuilder amendment(String secondNumber, String secondTitle) {
        return post("/procedures/1.013228").with(csrf())
                .param("name", "Cấp lại giấy phép xây dựng đối với công trình cấp III, cấp IV (công trình Không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Sửa chữa, cải tạo/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ").param("fieldCode", "xay-dung")
                .param("level", "COMMUNE").param("processingDays", "5").param("onlineKind", "FULL").param("interAgency", "NONE")
                .param("oneStop", "true").param("effectiveFrom", "2026-07-01").param("decision", "QĐ bổ sung căn cứ")
                .param("lockVersion", "0").param("documents[0].name", "Đơn đề nghị cấp lại").param("documents[0].originals", "1")
                .param("documents[0].copies", "0")
                .param("legalBases[0].number", "50/2014/QH13").param("legalBases[0].title", "Luật Xây dựng")
                .param("legalBases[0].issuedOn", "2014-06-18").param("legalBases[0].issuer", "Quốc hội")
                .param("legalBases[1].number", secondNumber).param("legalBases[1].title", secondTitle);
    }
}
