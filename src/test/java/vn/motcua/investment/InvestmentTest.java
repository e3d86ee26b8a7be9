package vn.motcua.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.units.PublicRegister;

/**
 * The figures of section II.7 on data built here at a commune of its own (capital against plan, new
 * enterprises against the same window a year before, market inspections by kind), the report's
 * narrative filled with them, projects flagged late or stalled and taken through recovery, the
 * enterprise import, and the demo's figures of Thọ Xuân in Q1 2024 as the seed prints them.
 */
@DemoSystemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvestmentTest {

    private static final String UNIT = "99071";
    private static final String Q1_2025 = "&from=2024-12-15&to=2025-03-14";

    @LocalServerPort
    int port;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    ApiClient api;

    @BeforeAll
    void history() {
        api = new ApiClient(port);
        assertThat(api.post("/api/v1/units", """
                {"code":"%s","name":"Xã Đầu Tư","level":"COMMUNE","kind":"xã","parentCode":"38","validFrom":"2020-01-01"}"""
                .formatted(UNIT), "admin", "demo").status()).isEqualTo(201);
        ok(api.send("PUT", "/api/v1/investment/capital-plans/" + UNIT + "/2025", "application/json", "{\"plannedBillion\":1000}",
                "admin", "demo"), 204);
        ok(api.post("/api/v1/investment/capital", """
                {"unitCode":"%s","from":"2024-12-15","to":"2025-03-14","mobilisedBillion":150.5}""".formatted(UNIT), "admin", "demo"), 201);
        ok(api.post("/api/v1/investment/capital", """
                {"unitCode":"%s","from":"2025-03-15","to":"2025-06-14","mobilisedBillion":100}""".formatted(UNIT), "admin", "demo"), 201);
        String[][] enterprises = { { "0100000001", "2025-01-05" }, { "0100000002", "2025-02-10" }, { "0100000003", "2025-03-01" },
                { "0100000004", "2025-03-14" }, { "0100000005", "2025-03-15" }, { "0100000006", "2024-01-20" },
                { "0100000007", "2024-02-02" } };
        for (String[] e : enterprises) {
            ok(api.post("/api/v1/investment/enterprises", """
                    {"unitCode":"%s","name":"Công ty TNHH Thử %s","taxCode":"%s","registeredOn":"%s"}""".formatted(UNIT, e[0], e[0], e[1]),
                    "admin", "demo"), 201);
        }
        ok(api.post("/api/v1/investment/market-inspections", """
                {"unitCode":"%s","inspectedOn":"2025-01-08","subject":"Mỹ phẩm","counterfeit":1,"handled":true}""".formatted(UNIT),
                "admin", "demo"), 201);
        ok(api.post("/api/v1/investment/market-inspections", """
                {"unitCode":"%s","inspectedOn":"2025-02-12","subject":"Thuốc lá","bannedSmuggled":2,"tradeFraud":1,"handled":true}"""
                .formatted(UNIT), "admin", "demo"), 201);
        ok(api.post("/api/v1/investment/market-inspections", """
                {"unitCode":"%s","inspectedOn":"2025-03-02","subject":"Chợ","handled":false}""".formatted(UNIT), "admin", "demo"), 201);
    }

    private static void ok(ApiClient.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    }

    @Test
    void theFiguresOfSectionII7AddUpOverTheWindow() {
        JsonNode f = api.get("/api/v1/investment/figures?unitCode=" + UNIT + Q1_2025, "admin", "demo").json();
        assertThat(f.get("capitalMobilised").decimalValue()).isEqualByComparingTo("150.5");
        assertThat(f.get("capitalPlan").decimalValue()).isEqualByComparingTo("1000");
        assertThat(f.get("capitalShare").decimalValue()).isEqualByComparingTo("15.1");
        assertThat(f.get("enterprises").asLong()).isEqualTo(4);
        assertThat(f.get("enterprisesLastYear").asLong()).isEqualTo(2);
        assertThat(f.get("enterprisesChange").decimalValue()).isEqualByComparingTo("200");
        assertThat(f.get("marketCases").asLong()).isEqualTo(3);
        assertThat(f.get("marketHandled").asLong()).isEqualTo(2);
        assertThat(f.get("violations").asLong()).isEqualTo(4);
        assertThat(f.get("counterfeit").asLong()).isEqualTo(1);
        assertThat(f.get("bannedSmuggled").asLong()).isEqualTo(2);
        assertThat(f.get("tradeFraud").asLong()).isEqualTo(1);
        JsonNode h1 = api.get("/api/v1/investment/figures?unitCode=" + UNIT + "&from=2024-12-15&to=2025-06-14", "admin", "demo").json();
        assertThat(h1.get("capitalMobilised").decimalValue()).isEqualByComparingTo("250.5");
    }

    @Test
    void theReportNarrativeIsFilledWithThem() throws Exception {
        JsonNode document = api.get("/api/v1/reports/CCHC-2024/2025-Q1/" + UNIT + "/document", "admin", "demo").json();
        assertThat(document.toString()).contains("{investment.capital| tỷ đồng}").contains("{market.tradeFraud}");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/reports/CCHC-2024/2025-Q1/" + UNIT + "/report.pdf")).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString("admin:demo".getBytes())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument file = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(file).replaceAll("\\s+", " ");
            assertThat(text).contains("huy động được vốn đầu tư phát triển: 150,5 tỷ đồng, tỷ lệ so với kế hoạch năm: 15,10%")
                    .contains("số doanh nghiệp thành lập mới: 4 doanh nghiệp, tỷ lệ so với cùng kỳ năm trước: 200%").contains("Kiểm tra 3 vụ, xử lý vi phạm hành chính 2 vụ gồm 4 hành vi")
                    .contains("Hàng giả 1 hành vi; hàng cấm, hàng nhập lậu 2 hành vi; gian lận thương mại 1 hành vi");
        }
    }

    @Test
    void theDemoCarriesTheSeedsFirstQuarterOf2024() {
        JsonNode f = api.get("/api/v1/investment/figures?unitCode=395&from=2023-12-15&to=2024-03-14", "leader", "demo").json();
        assertThat(f.get("capitalMobilised").decimalValue()).isEqualByComparingTo("1544.4");
        assertThat(f.get("capitalShare").decimalValue()).isEqualByComparingTo("23.4");
        assertThat(f.get("enterprises").asLong()).isEqualTo(23);
        assertThat(f.get("enterprisesChange").decimalValue()).isEqualByComparingTo("100");
        assertThat(f.get("marketCases").asLong()).isEqualTo(7);
        assertThat(f.get("marketHandled").asLong()).isEqualTo(5);
        assertThat(f.get("violations").asLong()).isEqualTo(9);
        assertThat(f.get("counterfeit").asLong()).isEqualTo(2);
        assertThat(f.get("bannedSmuggled").asLong()).isEqualTo(5);
        assertThat(f.get("tradeFraud").asLong()).isEqualTo(2);
        JsonNode opportunities = api.get("/api/v1/public/investment/opportunities", null, null).json();
        assertThat(opportunities).anySatisfy(o -> assertThat(o.get("title").asText()).contains("Lam Sơn – Sao Vàng"));
    }

    @Test
    void thePublicOpportunitiesNameTodaysCommunesNotTheOnesMergedOn1July2025() {
        ApiClient.Answer page = api.get("/public/investment", null, null);
        assertThat(page.status()).isEqualTo(200);
        String text = page.body().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertThat(text).contains("Cụm công nghiệp Xuân Lai", "Xã Xuân Lập · Cụm công nghiệp · Xã Xuân Lập (xã Xuân Lai cũ)",
                "Xã Sao Vàng · Hạ tầng khu công nghiệp · Xã Sao Vàng (thị trấn Sao Vàng cũ)");
        assertThat(text).doesNotContain("Xã Xuân Thắng", "xã Thọ Xuân", "Xã Thọ Xuân ·", "· Xã Xuân Lai");
    }

    @Test
    void aMergedUnitIsCarriedOnTodayByItsSuccessorAndADissolvedDistrictByNone(@Autowired PublicRegister register,
            @Autowired MotCuaZone zone) {
        LocalDate today = zone.today();
        long xuanLai = register.unit("15583", LocalDate.of(2025, 6, 30)).orElseThrow().id();
        assertThat(register.carrying(xuanLai, LocalDate.of(2025, 6, 30)).name()).isEqualTo("Xã Xuân Lai");
        assertThat(register.carrying(xuanLai, LocalDate.of(2025, 7, 1)).name()).isEqualTo("Xã Xuân Lập");
        long district = register.unit("395", LocalDate.of(2025, 6, 30)).orElseThrow().id();
        assertThat(register.carrying(district, today).name()).isEqualTo("Huyện Thọ Xuân");
    }

    @Test
    void aProjectLateOnAMilestoneOrSilentIsFlaggedAndGoesThroughRecovery() {
        ApiClient.Answer created = api.post("/api/v1/investment/projects", """
                {"unitCode":"%s","name":"Nhà máy gạch tuynel","investor":"Công ty CP Gạch Xuân","sector":"Vật liệu xây dựng",
                 "location":"Thôn 2","registeredCapital":75.5,"landAreaHa":3.2,"registeredOn":"2022-04-01","operationDueOn":"2024-04-01"}"""
                .formatted(UNIT), "admin", "demo");
        ok(created, 201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("stalled").asBoolean()).as("no report since 2022").isTrue();
        JsonNode withMilestone = api.post("/api/v1/investment/projects/" + id + "/milestones",
                "{\"name\":\"Hoàn thành xây dựng\",\"dueOn\":\"2023-12-31\"}", "admin", "demo").json();
        assertThat(withMilestone.get("behindSchedule").asBoolean()).isTrue();
        JsonNode reported = api.post("/api/v1/investment/projects/" + id + "/progress",
                "{\"note\":\"Đã xây xong lò nung số 1\"}", "admin", "demo").json();
        assertThat(reported.get("stalled").asBoolean()).isFalse();
        assertThat(reported.get("behindSchedule").asBoolean()).isTrue();
        long milestone = reported.get("milestones").get(0).get("id").asLong();
        JsonNode done = api.post("/api/v1/investment/projects/" + id + "/milestones/" + milestone + "/done", "{\"doneOn\":\"2024-02-01\"}",
                "admin", "demo").json();
        assertThat(done.get("behindSchedule").asBoolean()).isFalse();

        assertThat(api.post("/api/v1/investment/projects/" + id + "/recovery", "{\"decision\":\"99/QĐ-UBND\",\"revoke\":true}", "admin",
                "demo").status()).isEqualTo(409);
        JsonNode recovering = api.post("/api/v1/investment/projects/" + id + "/recovery", "{\"decision\":\"88/QĐ-UBND\"}", "admin", "demo")
                .json();
        assertThat(recovering.get("status").asText()).isEqualTo("RECOVERING");
        JsonNode revoked = api.post("/api/v1/investment/projects/" + id + "/recovery", "{\"decision\":\"99/QĐ-UBND\",\"revoke\":true}",
                "admin", "demo").json();
        assertThat(revoked.get("status").asText()).isEqualTo("REVOKED");
        assertThat(revoked.get("recoveryDecision").asText()).isEqualTo("99/QĐ-UBND");
        assertThat(revoked.get("progress").get(0).get("note").asText()).contains("Thu hồi dự án theo 99/QĐ-UBND");
        assertThat(api.post("/api/v1/investment/projects/" + id + "/progress", "{\"note\":\"x\"}", "admin", "demo").status())
                .isEqualTo(409);
    }

    @Test
    void badInputIsRefusedNamingWhatIsWrong() {
        ApiClient.Answer negative = api.post("/api/v1/investment/projects", """
                {"unitCode":"%s","name":"X","investor":"Y","sector":"Z","location":"W","registeredCapital":-5,"registeredOn":"2022-01-01"}"""
                .formatted(UNIT), "admin", "demo");
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.json().get("details").get(0).get("field").asText()).isEqualTo("registeredCapital");
        ApiClient.Answer handledNothing = api.post("/api/v1/investment/market-inspections", """
                {"unitCode":"%s","inspectedOn":"2025-01-08","subject":"X","handled":true}""".formatted(UNIT), "admin", "demo");
        assertThat(handledNothing.status()).isEqualTo(422);
        assertThat(handledNothing.json().get("details").get(0).get("field").asText()).isEqualTo("handled");
        assertThat(api.post("/api/v1/investment/capital", """
                {"unitCode":"%s","from":"2025-03-14","to":"2025-01-01","mobilisedBillion":1}""".formatted(UNIT), "admin", "demo").status())
                .isEqualTo(422);
        assertThat(api.post("/api/v1/investment/enterprises", """
                {"unitCode":"%s","name":"Trùng","taxCode":"0100000001","registeredOn":"2025-01-05"}""".formatted(UNIT), "admin", "demo")
                .json().get("details").get(0).get("message").asText()).contains("0100000001");
        assertThat(api.post("/api/v1/investment/capital", """
                {"unitCode":"%s","from":"2025-01-01","to":"2025-03-14","mobilisedBillion":1}""".formatted(UNIT), "clerk", "demo").status())
                .isEqualTo(403);
    }

    @Test
    void anEnterpriseImportIsAllOrNothingAndNamesEachBadLine() {
        String csv = """
                unitCode,name,taxCode,registeredOn,sector
                %s,Công ty TNHH Một,0200000001,05/04/2025,Thương mại
                %s,Công ty TNHH Hai,02000000,2025-04-06,Xây dựng
                %s,Công ty TNHH Ba,0200000003,31/04/2025,Vận tải
                %s,Công ty TNHH Bốn,0200000001,2025-04-08,Gỗ
                """.formatted(UNIT, UNIT, UNIT, UNIT);
        ApiClient.Answer refused = api.send("POST", "/api/v1/investment/enterprises/import", "text/csv", csv, "admin", "demo");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("details")).extracting(d -> d.get("field").asText())
                .containsExactly("line 3: taxCode", "line 4: registeredOn", "line 5: taxCode");
        assertThat(api.get("/api/v1/investment/enterprises?unitCode=" + UNIT + "&from=2025-04-01&to=2025-04-30", "admin", "demo").json()
                .toString()).doesNotContain("Công ty TNHH Một");
        String good = """
                unitCode,name,taxCode,registeredOn,sector
                %s,Công ty TNHH Một,0200000001,05/04/2025,Thương mại
                %s,Công ty TNHH Hai,0200000002,2025-04-06,Xây dựng
                """.formatted(UNIT, UNIT);
        ApiClient.Answer imported = api.send("POST", "/api/v1/investment/enterprises/import", "text/csv", good, "admin", "demo");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(2);
    }

    /** QA 02/12/2026: the card read "2 — 2 dự án chậm tiến độ, 2 dự án đình trệ" over a table of 4 projects, 2 late, none stalled. */
    @Test
    void theProjectsCardCountsTheProjectsTheTableListsAsTheyStoodAtThePeriodsEnd() throws Exception {
        for (String query : List.of("unitCode=38&from=2026-06-15&to=2026-09-14", "unitCode=38&from=2025-06-15&to=2025-09-14",
                "unitCode=395&from=2023-12-15&to=2024-03-14")) {
            String html = page("/investment?" + query);
            int tableAt = html.indexOf("id=\"projects\"");
            String table = html.substring(tableAt, html.indexOf("</table>", tableAt));
            int rows = count(table, "href=\"/investment/projects/");
            String card = text(html.substring(html.indexOf("id=\"figures\""), tableAt));
            assertThat(rows).as(query).isPositive();
            assertThat(card).as(query).contains("Dự án đầu tư " + rows + " ")
                    .contains(count(table, ">Chậm tiến độ</span>") + " dự án chậm tiến độ, " + count(table, ">Đình trệ</span>")
                            + " dự án đình trệ");
            String end = query.substring(query.length() - 10);
            assertThat(text(html)).contains("Dự án đầu tư (tình hình đến ngày " + end.substring(8) + "/" + end.substring(5, 7) + "/"
                    + end.substring(0, 4) + ")");
        }
    }

    @Test
    void aWindowWithNoRecordSaysChuaCoSoLieuInsteadOfZero() throws Exception {
        String window = "&from=2026-06-15&to=2026-09-14";
        JsonNode f = api.get("/api/v1/investment/figures?unitCode=" + UNIT + window, "admin", "demo").json();
        assertThat(f.get("capitalMobilised").isNull()).isTrue();
        assertThat(f.get("enterprises").isNull()).isTrue();
        String card = text(page("/investment?unitCode=" + UNIT + window));
        assertThat(card).contains("Vốn đầu tư phát triển huy động (từ đầu năm) Chưa có số liệu")
                .contains("Doanh nghiệp thành lập mới Chưa có số liệu").doesNotContain("0 tỷ đồng");
        // Each form's button says what it saves (QA 02/12/2026: "Lưu mẫu" on all three).
        assertThat(card).contains("Lưu số liệu vốn", "Lưu doanh nghiệp", "Lưu vụ kiểm tra").doesNotContain("Lưu mẫu");
        assertThat(pdf("/api/v1/reports/CCHC-2025/2026-Q3/" + UNIT + "/report.pdf", "admin"))
                .contains("huy động được vốn đầu tư phát triển: chưa có số liệu, tỷ lệ so với kế hoạch năm: chưa có số liệu;"
                        + " số doanh nghiệp thành lập mới: chưa có số liệu");
    }

    /** QA 02/12/2026: 2026 read "0 tỷ đồng" and 0 new enterprises for the province and its communes, and so did the approved report. */
    @Test
    void todaysProvinceAndCommunesCarryTheirOwnClimateOf2025And2026() throws Exception {
        String q3 = "&from=2026-06-15&to=2026-09-14";
        JsonNode province = api.get("/api/v1/investment/figures?unitCode=38" + q3, "admin", "demo").json();
        JsonNode commune = api.get("/api/v1/investment/figures?unitCode=15499" + q3, "admin", "demo").json();
        for (JsonNode f : List.of(province, commune)) {
            assertThat(f.get("capitalMobilised").decimalValue()).isPositive();
            assertThat(f.get("capitalShare").decimalValue()).isBetween(java.math.BigDecimal.TEN, java.math.BigDecimal.valueOf(100));
            assertThat(f.get("enterprises").asLong()).isPositive();
        }
        assertThat(province.get("capitalMobilised").decimalValue()).isGreaterThan(commune.get("capitalMobilised").decimalValue());
        JsonNode months = api.get("/api/v1/investment/enterprises?unitCode=15499&from=2025-07-01&to=2026-10-31", "admin", "demo").json();
        java.util.Set<String> founded = new java.util.TreeSet<>();
        months.forEach(e -> founded.add(e.get("registeredOn").asText().substring(0, 7)));
        assertThat(founded).hasSize(16).first().isEqualTo("2025-07");

        java.text.DecimalFormat vietnamese = new java.text.DecimalFormat("#,##0.##",
                java.text.DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")));
        // A rate prints as the dashboard prints it, two decimals whenever it has any (70,70%).
        java.math.BigDecimal share = commune.get("capitalShare").decimalValue();
        String rate = share.stripTrailingZeros().scale() <= 0 ? vietnamese.format(share)
                : new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi"))).format(share);
        String report = pdf("/api/v1/reports/CCHC-2025/2026-Q3/15499/report.pdf", "thoxuan");
        assertThat(report).contains("huy động được vốn đầu tư phát triển: " + vietnamese.format(commune.get("capitalMobilised").decimalValue())
                + " tỷ đồng, tỷ lệ so với kế hoạch năm: " + rate + "%")
                .contains("số doanh nghiệp thành lập mới: " + commune.get("enterprises").asLong() + " doanh nghiệp")
                .doesNotContain("huy động được vốn đầu tư phát triển: 0 tỷ đồng");
    }

    private String pdf(String path, String username) throws Exception {
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).as(path).isEqualTo(200);
        try (PDDocument file = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(file).replaceAll("\\s+", " ");
        }
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(accounts.loadUserByUsername("admin")))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replace("&nbsp;", " ").replaceAll("\\s+", " ");
    }
}
