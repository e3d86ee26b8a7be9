package vn.motcua.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/**
 * The two-tier government as the everyday one: the province and its new communes report with the
 * two-tier template, count nothing of the dissolved district, and a page offers a former unit only for
 * windows in which it existed.
 */
@DemoSystemTest
class TwoTierReportsTest {

    private static final String PROVINCE = "38";
    private static final String XA_THO_XUAN = "15499";
    private static final String DISSOLVED_DISTRICT = "395";
    /** The leader's commune since 01/07/2025. */
    private static final String XA_SAO_VANG = "15553";
    /** A commune of the district merged into Xã Thọ Xuân on 01/07/2025. */
    private static final String XA_XUAN_HONG = "15493";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void theProvincesReportAfterTheReorganisationCountsItsFourteenDepartmentsAndNoneOfTheDistrict() {
        ApiClient api = new ApiClient(port);
        JsonNode report = api.get("/api/v1/reports/CCHC-2025/2025-Q4/" + PROVINCE, "reform", "demo").json();
        assertThat(value(report, "4.1.1")).isEqualTo("14");

        JsonNode agencies = api.get("/api/v1/reports/CCHC-2025/2025-Q4/" + PROVINCE + "/rows/4.1.1/records", "reform", "demo").json();
        List<String> codes = texts(agencies.get("codes"));
        assertThat(codes).hasSize(14).allMatch(code -> code.matches("000\\.00\\.(5\\d|6[0-3])\\.H56"), "a province department");
        // The district's departments (000.NN.14.H56) ended with it on 30/06/2025.
        assertThat(codes).noneMatch(code -> code.endsWith(".14.H56"));
    }

    @Test
    void aNewCommuneReportsWithTheTwoTierTemplateWhoseLabelsNameNoDistrict() {
        ApiClient api = new ApiClient(port);
        ApiClient.Answer answer = api.get("/api/v1/reports/CCHC-2025/2026-Q3/" + XA_THO_XUAN, "thoxuan", "demo");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("template").asText()).isEqualTo("CCHC-2025");
        List<String> labels = new ArrayList<>();
        answer.json().get("rows").forEach(row -> labels.add(row.get("label").asText()));
        assertThat(labels).hasSizeGreaterThan(50).noneMatch(label -> label.toLowerCase().contains("huyện"));

        // The three-tier template of 2024 is no longer in force for a period after 1 July 2025.
        ApiClient.Answer old = api.get("/api/v1/reports/CCHC-2024/2026-Q3/" + XA_THO_XUAN, "thoxuan", "demo");
        assertThat(old.status()).isEqualTo(422);
        assertThat(old.json().get("details").get(0).get("message").asText()).contains("CCHC-2024");
    }

    @Test
    void theCommunesNarrativeHasNoGapAndNoRepeatedSubject() throws Exception {
        String text = pdfText("/api/v1/reports/CCHC-2025/2026-Q3/" + XA_THO_XUAN + "/report.pdf", "thoxuan");
        // The number of the report is left for the office to write in, as on paper; nothing else is.
        assertThat(text.replace("…/BC-UBND", "")).doesNotContain("…").doesNotContain("{");
        assertThat(text).doesNotContainPattern("(?i)UBND cấp xã\\W+UBND cấp xã").doesNotContain("cấp huyện");
        Matcher onTime = Pattern.compile("đúng hạn", Pattern.CASE_INSENSITIVE).matcher(text);
        assertThat(onTime.find()).as("the narrative says how many dossiers were settled on time").isTrue();
    }

    @Test
    void theEditorNamesTheFiguresANewCommuneDoesNotHaveYet() throws Exception {
        ApiClient api = new ApiClient(port);
        String code = "9" + (System.nanoTime() % 10000);
        assertThat(api.post("/api/v1/units", """
                {"code":"%s","name":"Xã Tân Lập","level":"COMMUNE","kind":"xã","parentCode":"%s","validFrom":"2026-01-01"}"""
                .formatted(code, PROVINCE), "admin", "demo").status()).isEqualTo(201);

        String editor = page("/reports/CCHC-2025/2026-Q3/" + code + "/document", "admin");
        String missing = editor.substring(editor.indexOf("id=\"missing-figures\""), editor.indexOf("</div>", editor.indexOf("id=\"missing-figures\"")));
        // Named by what they are, never by their key (QA 03/12/2026: "{investment.capitalShare}" was listed to the reporter).
        assertThat(missing).contains("Tỷ lệ doanh nghiệp thành lập mới so với cùng kỳ năm trước")
                .doesNotContain("investment.enterprisesChange").doesNotContain("investment.capitalShare");

        String text = pdfText("/api/v1/reports/CCHC-2025/2026-Q3/" + code + "/report.pdf", "admin");
        assertThat(text).contains("chưa có số liệu").doesNotContain("{");
    }

    @Test
    void aFormerUnitIsOfferedOnlyForWindowsInWhichItExisted() throws Exception {
        ApiClient api = new ApiClient(port);
        String today = page("/dashboard?period=2026-Q3", "leader");
        assertThat(today).contains("value=\"" + XA_SAO_VANG + "\"").doesNotContain("value=\"" + DISSOLVED_DISTRICT + "\"")
                .doesNotContain("value=\"" + XA_XUAN_HONG + "\"");

        String past = page("/dashboard?period=2024-Q1&unitCode=" + DISSOLVED_DISTRICT, "leader");
        assertThat(past).contains("value=\"" + DISSOLVED_DISTRICT + "\"").contains("value=\"" + XA_XUAN_HONG + "\"");

        // The leader, moved to a new commune, is shown where the district's past is ...
        assertThat(page("/", "leader")).contains("id=\"former-units\"").contains("Huyện Thọ Xuân (đến 30/06/2025)")
                .contains("/reports?unitCode=" + DISSOLVED_DISTRICT);
        // ... still opens the dissolved district's report of 2024 ...
        assertThat(api.get("/api/v1/reports/CCHC-2024/2024-Q1/" + DISSOLVED_DISTRICT, "leader", "demo").status()).isEqualTo(200);
        // ... and today's report of the commune it now belongs to.
        assertThat(api.get("/api/v1/reports/CCHC-2025/2026-Q3/" + XA_SAO_VANG, "leader", "demo").status()).isEqualTo(200);
    }

    @Test
    void aSuccessorsStaffReadTheReportsOfTheCommunesMergedIntoIt() {
        ApiClient api = new ApiClient(port);
        // Xuân Hồng was merged into Xã Thọ Xuân; Bắc Lương into Xã Thọ Long.
        assertThat(api.get("/api/v1/reports/CCHC-2024/2024-Q1/" + XA_XUAN_HONG, "thoxuan", "demo").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/reports/CCHC-2024/2024-Q1/15502", "thoxuan", "demo").status()).isEqualTo(404);
    }

    @Test
    void anAccountCannotBeMovedToAnAgencyThatHasEnded() {
        ApiClient api = new ApiClient(port);
        JsonNode before = api.get("/api/v1/accounts/reporter2", "admin", "demo").json();
        ApiClient.Answer refused = api.post("/api/v1/accounts/reporter2/move", """
                {"version":%d,"agencyCode":"000.01.14.H56"}""".formatted(before.get("version").asInt()), "admin", "demo");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("details").get(0).get("field").asText()).isEqualTo("agencyCode");
        assertThat(refused.json().get("details").get(0).get("message").asText()).contains("30/06/2025");
        assertThat(api.get("/api/v1/accounts/reporter2", "admin", "demo").json().get("agencyCode").asText())
                .isEqualTo(before.get("agencyCode").asText());
    }

    @Test
    void aCommuneCreatedOn1July2025ShowsOnItsDashboardOnlyTheQuartersItExistedIn() throws Exception {
        String page = page("/dashboard?period=2025-Q4&unitCode=" + XA_THO_XUAN, "clerk");
        String series = page.substring(page.indexOf("id=\"series\""), page.indexOf("</table>", page.indexOf("id=\"series\"")));
        assertThat(series).contains("Quý III năm 2025", "Quý IV năm 2025").doesNotContain("Quý II năm 2025", "Quý I năm 2025", "2024");
        JsonNode view = new ApiClient(port).get("/api/v1/dashboard?unitCode=" + XA_THO_XUAN + "&period=2025-Q4", "clerk", "demo").json();
        assertThat(view.get("series")).extracting(p -> p.get("period").asText()).containsExactly("2025-Q3", "2025-Q4");
        // A unit of long standing still gets its six quarters.
        JsonNode district = new ApiClient(port).get("/api/v1/dashboard?unitCode=" + DISSOLVED_DISTRICT + "&period=2024-Q1", "leader", "demo")
                .json();
        assertThat(district.get("series")).hasSize(6);
    }

    private String page(String path, String username) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user(accounts.loadUserByUsername(username)))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private String pdfText(String path, String username) throws Exception {
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).as(new String(pdf.body())).isEqualTo(200);
        try (PDDocument file = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(file).replaceAll("\\s+", " ");
        }
    }

    private static String value(JsonNode report, String key) {
        for (JsonNode row : report.get("rows")) {
            if (row.get("key").asText().equals(key)) {
                return row.get("value").asText();
            }
        }
        throw new AssertionError("no row " + key);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }
}
