package vn.motcua.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/**
 * E-forms (tờ khai điện tử) as catalogue data: each version holds its fields, officers edit them with
 * the rest of the procedure (a change is a new version), the import and the API carry them, and
 * each required document has a requirement id and says whether DOCX and XLSX are accepted.
 */
@DemoSystemTest
class EFormTest {

    private static final String HEADER = "code,name,field_code,field_name,level,agency_kind,processing_days,processing_hours,"
            + "shortened_days,shortened_hours,result_kind,online_kind,one_stop,inter_agency,online_payment,any_location,by_post,"
            + "internal_process_approved,internal_process_digitized,fees,documents,steps,published_on,publish_decision,"
            + "effective_from,abolished_on,abolish_decision,replaced_by,form_fields\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void theDemoBirthRegistrationAsksWhatTheRealDeclarationAsks() throws Exception {
        JsonNode birth = api.get("/api/v1/procedures/1.001193", "clerk", "demo").json();
        assertThat(birth.get("formFields")).extracting(f -> f.get("label").asText())
                .contains("Họ, chữ đệm và tên người được khai sinh", "Ngày, tháng, năm sinh", "Giới tính", "Nơi sinh",
                        "Họ, chữ đệm và tên người mẹ", "Họ, chữ đệm và tên người cha",
                        "Quan hệ của người đi khai với người được khai sinh");
        JsonNode sex = birth.get("formFields").get(2);
        assertThat(sex.get("type").asText()).isEqualTo("CHOICE");
        assertThat(sex.get("choices")).extracting(JsonNode::asText).containsExactly("Nam", "Nữ");
        assertThat(birth.get("documents")).extracting(d -> d.get("requirement").asInt()).containsExactly(1, 2);

        JsonNode business = api.get("/api/v1/procedures/1.013813", "clerk", "demo").json();
        assertThat(business.get("documents").get(0).get("officeFormats").asBoolean()).isTrue();
        assertThat(business.get("documents").get(1).get("optional").asBoolean()).isTrue();
        assertThat(business.get("formFields")).isNotEmpty();
        for (String code : new String[] { "1.004873", "2.000815" }) {
            assertThat(api.get("/api/v1/procedures/" + code, "clerk", "demo").json().get("formFields")).as(code).isNotEmpty();
        }

        mvc.perform(get("/public/procedures/1.001193")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tờ khai điện tử")))
                .andExpect(content().string(containsString("Quan hệ của người đi khai với người được khai sinh")))
                .andExpect(content().string(containsString("Cha; Mẹ; Ông; Bà")));
        mvc.perform(get("/public/procedures/1.013813"))
                .andExpect(content().string(containsString("Nộp trực tuyến được cả tệp DOCX, XLSX")));
    }

    /**
     * The public page says where to apply (each receiving desk's address and hours) and offers the
     * e-form as a blank paper form to fill in by hand, its questions as the e-form asks them.
     */
    @Test
    void thePublicPageSaysWhereToApplyAndOffersTheBlankForm() throws Exception {
        mvc.perform(get("/public/procedures/1.001193")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nơi tiếp nhận hồ sơ")))
                .andExpect(content().string(containsString("UBND xã Thọ Xuân")))
                .andExpect(content().string(containsString("Địa chỉ: Bộ phận Một cửa, trụ sở UBND xã Thọ Xuân, tỉnh Thanh Hóa")))
                .andExpect(content().string(containsString("Giờ tiếp nhận: Thứ Hai đến thứ Sáu")))
                .andExpect(content().string(containsString("/public/procedures/1.001193/to-khai.pdf")));
        // The administrator records a desk's hours; the public page says them, and nobody else may.
        String saturday = """
                {"address":"Bộ phận Một cửa, trụ sở UBND xã Thọ Long, tỉnh Thanh Hóa",
                 "hours":"Thứ Hai đến thứ Sáu: sáng 7 giờ 00 – 11 giờ 30, chiều 13 giờ 30 – 17 giờ 00; sáng thứ Bảy 7 giờ 30 – 11 giờ 00"}""";
        assertThat(api.send("PUT", "/api/v1/agencies/000.00.72.H56/desk", "application/json", saturday, "clerk", "demo").status())
                .isEqualTo(403);
        ApiClient.Answer blank = api.send("PUT", "/api/v1/agencies/000.00.72.H56/desk", "application/json",
                "{\"address\":\" \",\"hours\":\"Sáng thứ Hai\"}", "admin", "demo");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("address");
        assertThat(api.send("PUT", "/api/v1/agencies/000.00.72.H56/desk", "application/json", saturday, "admin", "demo").status())
                .isEqualTo(200);
        mvc.perform(get("/public/procedures/1.001193"))
                .andExpect(content().string(containsString("sáng thứ Bảy 7 giờ 30 – 11 giờ 00")));
        byte[] pdf = mvc.perform(get("/public/procedures/1.001193/to-khai.pdf")).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("TỜ KHAI").contains("Đăng ký khai sinh")
                    .contains("Quan hệ của người đi khai với người được khai sinh").contains("□ Cha").contains("NGƯỜI KHAI");
            // As the official form opens and closes: to whom, who asks, what is asked, then the pledge above the signature.
            assertThat(text).contains("Kính gửi:", "I. NGƯỜI YÊU CẦU", "Họ, chữ đệm, tên người yêu cầu", "Số định danh cá nhân",
                    "Nơi cư trú (*)", "II. NỘI DUNG ĐỀ NGHỊ", "Tôi cam đoan những nội dung khai trên đây là đúng sự thật");
            assertThat(text.indexOf("Kính gửi:")).isLessThan(text.indexOf("I. NGƯỜI YÊU CẦU"));
            assertThat(text.indexOf("I. NGƯỜI YÊU CẦU")).isLessThan(text.indexOf("II. NỘI DUNG ĐỀ NGHỊ"));
            assertThat(text.indexOf("II. NỘI DUNG ĐỀ NGHỊ")).isLessThan(text.indexOf("Quan hệ của người đi khai"));
            assertThat(text.indexOf("Tôi cam đoan")).isLessThan(text.indexOf("NGƯỜI KHAI"));
        }
    }

    @Test
    void anOfficerAddsAFieldOnTheEditPageAndItIsANewVersion() throws Exception {
        String code = CatalogTestData.uniqueCode();
        assertThat(api.post("/api/v1/procedures", CatalogTestData.json(code, CatalogTestData.uniqueField(), "COMMUNE",
                "\"documents\":[{\"name\":\"Đơn đề nghị\",\"originals\":1,\"copies\":0,\"form\":\"\"}]"), "reform", "demo").status())
                .isEqualTo(201);
        var reform = user(accounts.loadUserByUsername("reform"));
        mvc.perform(get("/procedures/" + code + "/edit").with(reform)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tờ khai điện tử")));

        // A choice with one choice is refused, naming the field; nothing is stored.
        mvc.perform(post("/procedures/" + code).with(reform).with(csrf()).params(edit(code))
                .param("formFields[0].key", "loai").param("formFields[0].label", "Loại đề nghị")
                .param("formFields[0].type", "CHOICE").param("formFields[0].choices", "Cấp mới"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trường &quot;Loại đề nghị&quot; kiểu lựa chọn cần ít nhất hai lựa chọn")));
        assertThat(api.get("/api/v1/procedures/" + code + "/history", "clerk", "demo").json()).hasSize(1);

        mvc.perform(post("/procedures/" + code).with(reform).with(csrf()).params(edit(code))
                .param("formFields[0].key", "loai").param("formFields[0].label", "Loại đề nghị")
                .param("formFields[0].type", "CHOICE").param("formFields[0].required", "true")
                .param("formFields[0].choices", "Cấp mới, Cấp lại")
                .param("formFields[1].key", "ngay").param("formFields[1].label", "Ngày cần nhận").param("formFields[1].type", "DATE")
                .param("documents[0].name", "Đơn đề nghị").param("documents[0].originals", "1")
                .param("documents[0].officeFormats", "true"))
                .andExpect(redirectedUrl("/procedures/" + code));

        JsonNode history = api.get("/api/v1/procedures/" + code + "/history", "clerk", "demo").json();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("content").get("formFields")).isEmpty();
        JsonNode fields = history.get(1).get("content").get("formFields");
        assertThat(fields).extracting(f -> f.get("key").asText()).containsExactly("loai", "ngay");
        assertThat(fields.get(0).get("choices")).extracting(JsonNode::asText).containsExactly("Cấp mới", "Cấp lại");
        assertThat(fields.get(0).get("required").asBoolean()).isTrue();
        assertThat(history.get(1).get("content").get("documents").get(0).get("officeFormats").asBoolean()).isTrue();
        mvc.perform(get("/procedures/" + code).param("on", "2026-06-02").with(reform))
                .andExpect(content().string(containsString("Ngày cần nhận")));
    }

    private static org.springframework.util.MultiValueMap<String, String> edit(String code) {
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        params.add("name", "Thủ tục thử " + code);
        params.add("fieldCode", "ho-tich");
        params.add("level", "COMMUNE");
        params.add("processingDays", "10");
        params.add("onlineKind", "FULL");
        params.add("interAgency", "NONE");
        params.add("oneStop", "true");
        params.add("effectiveFrom", "2026-06-01");
        params.add("decision", "QĐ tờ khai điện tử");
        params.add("lockVersion", "0");
        return params;
    }

    @Test
    void theApiTakesFieldsAndRefusesABadOneNamingIt() {
        String code = CatalogTestData.uniqueCode();
        String fields = "\"formFields\":[{\"key\":\"ho_ten\",\"label\":\"Họ và tên\",\"type\":\"TEXT\",\"required\":true},"
                + "{\"key\":\"so_ban\",\"label\":\"Số bản\",\"type\":\"NUMBER\",\"required\":false,\"hint\":\"Tối đa 10\"}]";
        var created = api.post("/api/v1/procedures", CatalogTestData.json(code, CatalogTestData.uniqueField(), "COMMUNE", fields),
                "reform", "demo");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("formFields").get(1).get("hint").asText()).isEqualTo("Tối đa 10");

        String twice = "\"formFields\":[{\"key\":\"ho_ten\",\"label\":\"Họ và tên\",\"type\":\"TEXT\"},"
                + "{\"key\":\"ho_ten\",\"label\":\"Họ tên khác\",\"type\":\"TEXT\"}]";
        var refused = api.post("/api/v1/procedures", CatalogTestData.json(CatalogTestData.uniqueCode(),
                CatalogTestData.uniqueField(), "COMMUNE", twice), "reform", "demo");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("details").get(0).get("message").asText()).contains("ho_ten").contains("hai lần");
    }

    @Test
    void theImportCarriesFieldsAndDocumentTagsAndTheExportBringsThemBack() throws Exception {
        String code = CatalogTestData.uniqueCode();
        String field = CatalogTestData.uniqueField();
        String row = code + ",Thủ tục có tờ khai," + field + ",Lĩnh vực tờ khai,COMMUNE,PEOPLES_COMMITTEE,3,,,,Giấy xác nhận,FULL,"
                + "true,NONE,false,false,false,true,true,,\"Đơn đề nghị;1;0;Mẫu 01;office|Hợp đồng thuê (nếu có);0;1;;optional\","
                + "Tiếp nhận;CLERK;2,2024-01-10,QĐ,2024-01-10,,,,"
                + "\"ho_ten;Họ và tên;TEXT;true;;Viết in hoa|gioi_tinh;Giới tính;CHOICE;có;Nam,Nữ;\"\n";
        HttpResponse<String> imported = upload((HEADER + row).getBytes(StandardCharsets.UTF_8), false);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode procedure = api.get("/api/v1/procedures/" + code, "clerk", "demo").json();
        assertThat(procedure.get("formFields").get(0).get("hint").asText()).isEqualTo("Viết in hoa");
        assertThat(procedure.get("formFields").get(1).get("choices")).extracting(JsonNode::asText).containsExactly("Nam", "Nữ");
        assertThat(procedure.get("documents").get(0).get("officeFormats").asBoolean()).isTrue();
        assertThat(procedure.get("documents").get(1).get("optional").asBoolean()).isTrue();
        assertThat(procedure.get("documents").get(1).get("requirement").asInt()).isEqualTo(2);

        HttpResponse<String> export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/procedures/export.csv?on=2024-02-01"))
                .header("Authorization", basic()).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String line = export.body().lines().filter(l -> l.startsWith(code + ",")).findFirst().orElseThrow();
        assertThat(line).contains("Mẫu 01;office").contains(";;optional").contains("gioi_tinh;Giới tính;CHOICE;true;Nam,Nữ;");
        JsonNode again = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(upload(export.body().getBytes(StandardCharsets.UTF_8), true).body());
        assertThat(again.get("changes")).isNotEmpty().allMatch(c -> c.get("action").asText().equals("UNCHANGED"));

        String bad = row.replace(code, CatalogTestData.uniqueCode()).replace("gioi_tinh;Giới tính;CHOICE", "gioi_tinh;Giới tính;COLOUR")
                .replace(";office|", ";docx|");
        HttpResponse<String> refused = upload((HEADER + bad).getBytes(StandardCharsets.UTF_8), false);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("line 2: form_fields").contains("line 2: documents").contains("COLOUR");
    }

    @Test
    void aVersionStoredBeforeEFormsReadsWithNoFieldsAndPaperOnlyDocuments() {
        String code = CatalogTestData.uniqueCode();
        api.post("/api/v1/procedures", CatalogTestData.json(code, CatalogTestData.uniqueField(), "COMMUNE", ""), "reform", "demo");
        jdbc.sql("""
                update procedures_version set documents = '[{"name":"Tờ khai","originals":1,"copies":0,"form":"Mẫu 01"}]'
                where procedure_id = (select id from procedures_procedure where code = ?)""").param(code).update();
        JsonNode procedure = api.get("/api/v1/procedures/" + code, "clerk", "demo").json();
        assertThat(procedure.get("formFields")).isEmpty();
        assertThat(procedure.get("documents").get(0).get("officeFormats").asBoolean()).isFalse();
        assertThat(procedure.get("documents").get(0).get("optional").asBoolean()).isFalse();
    }

    private HttpResponse<String> upload(byte[] body, boolean dryRun) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/imports/procedures?dryRun=" + dryRun))
                .header("Content-Type", "text/csv").header("Authorization", basic())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString("reform:demo".getBytes(StandardCharsets.UTF_8));
    }
}
