package vn.motcua.reformindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;
import vn.motcua.SampleFiles;

/**
 * A province of its own with two communes and a department: a commune scores itself (computed criteria
 * from its documents, judged ones with evidence), is refused submission while something is missing, is
 * appraised by the province and never by itself, and the published scores are classified and ranked.
 */
@DemoSystemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReformIndexFlowTest {

    private static final String PASSWORD = "Thu-nghiem-2026";
    private static final String YEAR = "2026";
    /** The judged criteria of the communes' set, the level each is given, and whether the set wants evidence. */
    private static final List<String> JUDGED = List.of("1.1", "1.4", "1.5", "2.4", "2.5", "3.1", "4.1", "5.1", "6.2");
    private static final Map<String, String> TOP = Map.of("1.1", "1", "1.4", "2", "1.5", "2", "2.4", "2", "2.5", "2", "3.1", "4",
            "4.1", "4", "5.1", "3", "6.2", "3");

    @LocalServerPort
    int port;

    @Autowired
    vn.motcua.units.UnitDirectory units;

    @Autowired
    vn.motcua.units.AgencyDirectory agencies;

    @Autowired
    vn.motcua.accounts.AccountAdministration administration;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.motcua.shared.VietnameseFormat format;

    ApiClient api;
    String province;
    String communeOne;
    String communeTwo;
    String homeAffairs;
    String appraiser;
    String officerOne;
    String leaderTwo;
    String homeAffairsLeader;
    String communeThree;
    String leaderThree;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    @BeforeAll
    void buildAProvince() {
        api = new ApiClient(port);
        String suffix = String.valueOf(System.nanoTime() % 100000);
        province = "7" + suffix;
        communeOne = province + "1";
        communeTwo = province + "2";
        communeThree = province + "3";
        vn.motcua.shared.SystemActor.run(() -> {
            units.create(new vn.motcua.units.NewUnit(province, "Tỉnh Chấm Điểm", vn.motcua.units.UnitLevel.PROVINCE, "tỉnh", null, null, null));
            units.create(new vn.motcua.units.NewUnit(communeOne, "Xã Một", vn.motcua.units.UnitLevel.COMMUNE, "xã", province, null, null));
            units.create(new vn.motcua.units.NewUnit(communeTwo, "Xã Hai", vn.motcua.units.UnitLevel.COMMUNE, "xã", province, null, null));
            homeAffairs = agency("R." + suffix + ".NV", "Sở Nội vụ tỉnh Chấm Điểm", province, "DEPARTMENT");
            String one = agency("R." + suffix + ".1", "UBND xã Một", communeOne, "PEOPLES_COMMITTEE");
            String two = agency("R." + suffix + ".2", "UBND xã Hai", communeTwo, "PEOPLES_COMMITTEE");
            units.create(new vn.motcua.units.NewUnit(communeThree, "Xã Ba", vn.motcua.units.UnitLevel.COMMUNE, "xã", province, null, null));
            leaderThree = account("ct3" + suffix, agency("R." + suffix + ".3", "UBND xã Ba", communeThree, "PEOPLES_COMMITTEE"), "LEADER");
            appraiser = account("tdnv" + suffix, homeAffairs, "REFORM_OFFICER");
            homeAffairsLeader = account("gdnv" + suffix, homeAffairs, "LEADER");
            officerOne = account("cc1" + suffix, one, "REFORM_OFFICER");
            leaderTwo = account("ct2" + suffix, two, "LEADER");
        });
    }

    private String agency(String code, String name, String unit, String kind) {
        agencies.create(new vn.motcua.units.NewAgency(code, name, unit, vn.motcua.units.AgencyKind.valueOf(kind), null));
        return code;
    }

    private String account(String username, String agency, String role) {
        administration.create(new vn.motcua.accounts.NewAccount(username, "Cán bộ " + username, PASSWORD, agency,
                java.util.Set.of(vn.motcua.accounts.Role.valueOf(role))));
        return username;
    }

    private String card(String unit) {
        return "/api/v1/reform-index/" + YEAR + "/" + unit;
    }

    private ApiClient.Answer get(String path, String user) {
        return api.get(path, user, PASSWORD);
    }

    private ApiClient.Answer send(String method, String path, String json, String user) {
        return api.send(method, path, "application/json", json, user, PASSWORD);
    }

    private static JsonNode criterion(JsonNode card, String key) {
        return StreamSupport.stream(card.get("criteria").spliterator(), false).filter(c -> c.get("key").asText().equals(key)).findFirst()
                .orElseThrow();
    }

    private void directive(String unit, String number, String user) {
        ApiClient.Answer created = send("POST", "/api/v1/documents", """
                {"unitCode":"%s","number":"%s","issuedOn":"2026-03-02","issuer":"UBND xã","kind":"DIRECTIVE",
                 "title":"về đẩy mạnh cải cách hành chính","reformField":"DIRECTION","directive":true}""".formatted(unit, number), user);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private long document(String unit, String user) {
        ApiClient.Answer created = send("POST", "/api/v1/documents", """
                {"unitCode":"%s","number":"12/KH-UBND","issuedOn":"2026-01-05","issuer":"UBND xã","kind":"PLAN",
                 "title":"về cải cách hành chính năm 2026","reformField":"DIRECTION","planYear":2026,"directive":false}""".formatted(unit), user);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** Every judged criterion at its top level with a plan of the task register as its evidence, then submitted. */
    private void fillAndSubmit(String unit, String user) {
        long plan = document(unit, user);
        for (String key : JUDGED) {
            ApiClient.Answer scored = send("PUT", card(unit) + "/criteria/" + key, "{\"score\":" + TOP.get(key) + ",\"comment\":\"Đạt\"}", user);
            assertThat(scored.status()).as(scored.body()).isEqualTo(200);
            assertThat(send("POST", card(unit) + "/criteria/" + key + "/evidence", "{\"documentId\":" + plan + "}", user).status())
                    .isEqualTo(201);
        }
        ApiClient.Answer submitted = send("POST", card(unit) + "/submit", "", user);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    }

    @Test
    void aCommuneScoresItselfIsAppraisedByTheProvinceAndIsRanked() {
        // computed criteria come from the records: directives issued this year
        JsonNode draft = get(card(communeOne), officerOne).json();
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(criterion(draft, "1.2").get("computed").asBoolean()).isTrue();
        assertThat(criterion(draft, "1.2").get("figure").decimalValue()).isEqualByComparingTo("0");
        assertThat(criterion(draft, "1.2").get("selfScore").decimalValue()).isEqualByComparingTo("0");
        directive(communeOne, "01/CT-UBND", officerOne);
        JsonNode oneDirective = criterion(get(card(communeOne), officerOne).json(), "1.2");
        assertThat(oneDirective.get("figure").decimalValue()).isEqualByComparingTo("1");
        assertThat(oneDirective.get("selfScore").decimalValue()).isEqualByComparingTo("1");
        directive(communeOne, "02/CT-UBND", officerOne);
        directive(communeOne, "03/CT-UBND", officerOne);
        JsonNode three = criterion(get(card(communeOne), officerOne).json(), "1.2");
        assertThat(three.get("figure").decimalValue()).isEqualByComparingTo("3");
        assertThat(three.get("selfScore").decimalValue()).isEqualByComparingTo("2");
        assertThat(criterion(draft, "1.1").get("selfScore").isNull()).isTrue();

        // another commune's scorecard is not there for this one's accounts
        assertThat(get(card(communeOne), leaderTwo).status()).isEqualTo(404);

        // submission refused, naming every criterion lacking a score or evidence
        ApiClient.Answer refused = send("POST", card(communeOne) + "/submit", "", officerOne);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("details")).extracting(d -> d.get("field").asText()).containsExactlyInAnyOrderElementsOf(JUDGED);
        assertThat(refused.body()).contains("Ban hành kế hoạch CCHC năm");

        // a score above the maximum, or not one of the levels, is refused and nothing stored
        ApiClient.Answer tooHigh = send("PUT", card(communeOne) + "/criteria/1.1", "{\"score\":3,\"comment\":\"x\"}", officerOne);
        assertThat(tooHigh.status()).isEqualTo(422);
        assertThat(tooHigh.body()).contains("Ban hành kế hoạch CCHC năm").contains("điểm tối đa");
        assertThat(send("PUT", card(communeOne) + "/criteria/1.1", "{\"score\":0.7}", officerOne).status()).isEqualTo(422);
        assertThat(send("PUT", card(communeOne) + "/criteria/1.2", "{\"score\":2}", officerOne).status()).as("computed").isEqualTo(422);
        assertThat(criterion(get(card(communeOne), officerOne).json(), "1.1").get("selfScore").isNull()).isTrue();

        // evidence uploaded through files; a page of HTML called a PDF is refused and not kept
        ApiClient.Answer hostile = api.upload(card(communeOne) + "/criteria/1.1/evidence", Map.of(), "file", "ke-hoach.pdf", SampleFiles.HTML,
                officerOne, PASSWORD);
        assertThat(hostile.status()).isEqualTo(422);
        assertThat(criterion(get(card(communeOne), officerOne).json(), "1.1").get("evidence")).isEmpty();
        ApiClient.Answer uploaded = api.upload(card(communeOne) + "/criteria/1.1/evidence", Map.of(), "file", "Kế hoạch CCHC 2026.pdf",
                SampleFiles.pdf(), officerOne, PASSWORD);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long evidenceId = uploaded.json().get("id").asLong();
        ApiClient.Download file = api.download(card(communeOne) + "/evidence/" + evidenceId + "/file", officerOne, PASSWORD);
        assertThat(file.status()).isEqualTo(200);
        assertThat(new String(file.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(api.download(card(communeOne) + "/evidence/" + evidenceId + "/file", leaderTwo, PASSWORD).status()).isEqualTo(404);

        fillAndSubmit(communeOne, officerOne);
        JsonNode submitted = get(card(communeOne), appraiser).json();
        assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(send("PUT", card(communeOne) + "/criteria/1.1", "{\"score\":1}", officerOne).status()).as("after submission")
                .isEqualTo(409);
        // figures are frozen at submission: a directive issued later does not move the submitted points
        directive(communeOne, "04/CT-UBND", officerOne);
        assertThat(criterion(get(card(communeOne), officerOne).json(), "1.2").get("figure").decimalValue()).isEqualByComparingTo("3");

        // the unit never appraises itself
        ApiClient.Answer self = send("POST", card(communeOne) + "/criteria/1.1/appraise", "{\"score\":1}", officerOne);
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.body()).contains("không được thẩm định");

        // the province changes a score only with a reason; the unit answers once
        assertThat(send("POST", card(communeOne) + "/criteria/1.1/appraise", "{\"score\":0.5}", appraiser).status()).isEqualTo(422);
        ApiClient.Answer changed = send("POST", card(communeOne) + "/criteria/1.1/appraise",
                "{\"score\":0.5,\"reason\":\"Kế hoạch ban hành sau thời hạn\"}", appraiser);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(criterion(changed.json(), "1.1").get("appraisedScore").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(send("POST", card(communeOne) + "/criteria/1.4/appraise", "{\"score\":2}", appraiser).status()).as("accepted")
                .isEqualTo(200);
        assertThat(send("POST", card(communeOne) + "/criteria/1.1/answer", "{\"answer\":\"Đã trình đúng hạn\"}", officerOne).status())
                .isEqualTo(200);
        assertThat(send("POST", card(communeOne) + "/criteria/1.1/answer", "{\"answer\":\"Lần hai\"}", officerOne).status())
                .isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'reformindex.appraised' and summary like 'Xã Một%'")
                .query(Integer.class).single()).isEqualTo(2);

        // survey part, publication, classification
        assertThat(send("PUT", card(communeOne) + "/survey", "{\"score\":25}", appraiser).status()).isEqualTo(422);
        assertThat(send("POST", card(communeOne) + "/publish", "", appraiser).status()).as("no survey yet").isEqualTo(422);
        assertThat(send("PUT", card(communeOne) + "/survey", "{\"score\":18}", appraiser).status()).isEqualTo(200);
        JsonNode published = send("POST", card(communeOne) + "/publish", "", appraiser).json();
        assertThat(published.get("status").asText()).isEqualTo("PUBLISHED");
        // 23 judged points less 0,5 changed, 2 for three directives, 0 for the rest of the computed ones, 18 from the survey
        java.math.BigDecimal computed = StreamSupport.stream(published.get("criteria").spliterator(), false)
                .filter(c -> c.get("computed").asBoolean()).map(c -> c.get("selfScore").decimalValue())
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        java.math.BigDecimal expected = new java.math.BigDecimal("22.50").add(computed).add(new java.math.BigDecimal("18"));
        assertThat(published.get("finalScore").decimalValue()).isEqualByComparingTo(expected);
        assertThat(published.get("classification").asText()).isIn("EXCELLENT", "GOOD", "FAIR");
        // The history says it in words: the points as published, the class by its Vietnamese name.
        String said = jdbc.sql("select summary from audit_entry where action = 'reformindex.published' order by id desc limit 1")
                .query(String.class).single();
        String className = java.util.Map.of("EXCELLENT", "Xuất sắc", "GOOD", "Tốt", "FAIR", "Khá").get(published.get("classification").asText());
        assertThat(said).endsWith(" điểm, xếp loại " + className).doesNotContain(published.get("classification").asText())
                .contains(format.points(published.get("finalScore").decimalValue()) + " điểm");

        // the second commune, the same scores without the 0,5 taken off: ranked first
        directive(communeTwo, "01/CT-UBND", leaderTwo);
        directive(communeTwo, "02/CT-UBND", leaderTwo);
        directive(communeTwo, "03/CT-UBND", leaderTwo);
        fillAndSubmit(communeTwo, leaderTwo);
        assertThat(send("PUT", card(communeTwo) + "/survey", "{\"score\":18}", appraiser).status()).isEqualTo(200);
        assertThat(send("POST", card(communeTwo) + "/publish", "", appraiser).status()).isEqualTo(200);
        JsonNode ranking = get("/api/v1/reform-index/" + YEAR + "?unitCode=" + province, appraiser).json();
        assertThat(ranking).extracting(r -> r.get("unitCode").asText(), r -> r.get("rank").asInt())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(communeTwo, 1), org.assertj.core.groups.Tuple.tuple(communeOne, 2));
        assertThat(get("/api/v1/reform-index/" + YEAR + "?unitCode=" + province, leaderTwo).status()).isEqualTo(404);

        // a set is fixed once units score under it
        JsonNode sets = get("/api/v1/reform-index/sets", appraiser).json();
        int version = StreamSupport.stream(sets.spliterator(), false)
                .filter(s -> s.get("year").asInt() == 2026 && s.get("kind").asText().equals("COMMUNE")).findFirst().orElseThrow()
                .get("version").asInt();
        assertThat(send("PUT", "/api/v1/reform-index/sets/2026/COMMUNE/criteria/1.1",
                "{\"label\":\"Kế hoạch\",\"max\":2,\"scale\":\"Có=2|Không=0\",\"evidenceRequired\":true,\"version\":" + version + "}",
                appraiser).status()).isEqualTo(409);
    }

    @Test
    void aDepartmentIsNotAppraisedByItsOwnAccounts() {
        ApiClient.Answer own = send("POST", card(homeAffairs) + "/criteria/1.1/appraise", "{\"score\":2}", appraiser);
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.body()).contains("Sở Nội vụ tỉnh Chấm Điểm");
        ApiClient.Answer scored = send("PUT", card(homeAffairs) + "/criteria/1.1", "{\"score\":2}", homeAffairsLeader);
        assertThat(scored.status()).as(scored.body()).isEqualTo(200);
        assertThat(scored.body()).as("scores with two decimals, null when not given").contains("\"selfScore\":2.00")
                .contains("\"appraisedScore\":null");
        assertThat(send("PUT", card(homeAffairs) + "/criteria/1.1", "{\"score\":2}", officerOne).status()).isEqualTo(404);
    }

    @Test
    void theScorecardPageShowsTheFieldsAndRefusesSubmissionWithTheList() throws Exception {
        var leader = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(accounts.loadUserByUsername(leaderThree));
        var officer = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(accounts.loadUserByUsername(appraiser));
        var get = (java.util.function.Function<String, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder>)
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders::get;
        String page = "/reform-index/" + YEAR + "/" + communeThree;
        mvc.perform(get.apply("/reform-index").with(leader))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(page));
        String html = mvc.perform(get.apply(page).with(leader)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Chỉ số CCHC của Xã Ba năm 2026").contains("Kết quả theo lĩnh vực")
                .contains("Công tác chỉ đạo, điều hành cải cách hành chính").contains("Ban hành đúng hạn (1)")
                .contains("Gửi kết quả tự chấm").contains("xem hồ sơ");
        var submitted = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(page + "/submit").with(leader)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())).andReturn();
        assertThat((java.util.List<?>) submitted.getFlashMap().get("incomplete")).hasSize(JUDGED.size());
        assertThat((java.util.List<?>) submitted.getFlashMap().get("incomplete")).first()
                .isEqualTo(List.of("reformindex.submit.no-score", "1.1", "Ban hành kế hoạch CCHC năm"));
        mvc.perform(get.apply("/reform-index/" + YEAR + "/" + communeOne).with(leader))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
        mvc.perform(get.apply("/reform-index").with(officer)).andExpect(
                org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/reform-index/" + YEAR + "/ranking?unitCode=" + province));
        String ranking = mvc.perform(get.apply("/reform-index/" + YEAR + "/ranking?unitCode=" + province).with(officer)).andReturn()
                .getResponse().getContentAsString();
        assertThat(ranking).contains("Xếp hạng Chỉ số CCHC của các đơn vị thuộc Tỉnh Chấm Điểm năm 2026").contains("Phiếu chấm điểm của các đơn vị");
        String records = mvc.perform(get.apply(page + "/criteria/1.2/records").with(leader)).andReturn().getResponse().getContentAsString();
        assertThat(records).contains("1.2 Văn bản chỉ đạo, điều hành CCHC ban hành trong năm").contains("0 bản ghi");
    }
}
