package vn.motcua.reformindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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
import vn.motcua.accounts.AccountAdministration;
import vn.motcua.accounts.NewAccount;
import vn.motcua.accounts.Role;
import vn.motcua.shared.SystemActor;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.units.AgencyKind;
import vn.motcua.units.NewAgency;
import vn.motcua.units.NewUnit;
import vn.motcua.units.UnitDirectory;
import vn.motcua.units.UnitLevel;

/**
 * A province of three communes scored alike: submission is refused while evidence the set requires is
 * missing, a refused appraisal by the unit's own account changes and audits nothing, and two equal
 * published scores share first place while the third is third (1, 1, 3), equal ones in the order of their names.
 */
@DemoSystemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReformIndexRankingTest {

    private static final String PASSWORD = "Thu-nghiem-2026";
    private static final String YEAR = "2026";
    private static final Map<String, String> TOP = Map.of("1.1", "1", "1.4", "2", "1.5", "2", "2.4", "2", "2.5", "2", "3.1", "4",
            "4.1", "4", "5.1", "3", "6.2", "3");
    /** The judged criteria of the communes' set that require evidence (1.5, initiatives, does not). */
    private static final List<String> EVIDENCED = List.of("1.1", "1.4", "2.4", "2.5", "3.1", "4.1", "5.1", "6.2");

    @LocalServerPort
    int port;

    @Autowired
    UnitDirectory units;

    @Autowired
    AgencyDirectory agencies;

    @Autowired
    AccountAdministration administration;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String province;
    String appraiser;
    /** Commune code → its leader's account, the communes named so that Bình sorts before Cao and after An. */
    String cao;
    String binh;
    String an;
    String leaderCao;
    String leaderBinh;
    String leaderAn;

    @BeforeAll
    void buildAProvince() {
        api = new ApiClient(port);
        String suffix = String.valueOf(System.nanoTime() % 100000);
        province = "6" + suffix;
        cao = province + "1";
        binh = province + "2";
        an = province + "3";
        SystemActor.run(() -> {
            units.create(new NewUnit(province, "Tỉnh Xếp Hạng", UnitLevel.PROVINCE, "tỉnh", null, null, null));
            units.create(new NewUnit(cao, "Xã Cao", UnitLevel.COMMUNE, "xã", province, null, null));
            units.create(new NewUnit(binh, "Xã Bình", UnitLevel.COMMUNE, "xã", province, null, null));
            units.create(new NewUnit(an, "Xã An", UnitLevel.COMMUNE, "xã", province, null, null));
            appraiser = account("xhnv" + suffix, agency("X." + suffix + ".NV", "Sở Nội vụ tỉnh Xếp Hạng", province, AgencyKind.DEPARTMENT),
                    Role.REFORM_OFFICER);
            leaderCao = account("xhc" + suffix, agency("X." + suffix + ".1", "UBND xã Cao", cao, AgencyKind.PEOPLES_COMMITTEE), Role.LEADER);
            leaderBinh = account("xhb" + suffix, agency("X." + suffix + ".2", "UBND xã Bình", binh, AgencyKind.PEOPLES_COMMITTEE), Role.LEADER);
            leaderAn = account("xha" + suffix, agency("X." + suffix + ".3", "UBND xã An", an, AgencyKind.PEOPLES_COMMITTEE), Role.LEADER);
        });
    }

    private String agency(String code, String name, String unit, AgencyKind kind) {
        agencies.create(new NewAgency(code, name, unit, kind, null));
        return code;
    }

    private String account(String username, String agency, Role role) {
        administration.create(new NewAccount(username, "Cán bộ " + username, PASSWORD, agency, java.util.Set.of(role)));
        return username;
    }

    private String card(String unit) {
        return "/api/v1/reform-index/" + YEAR + "/" + unit;
    }

    private ApiClient.Answer send(String method, String path, String json, String user) {
        return api.send(method, path, "application/json", json, user, PASSWORD);
    }

    private long plan(String unit, String user) {
        ApiClient.Answer created = send("POST", "/api/v1/documents", """
                {"unitCode":"%s","number":"15/KH-UBND","issuedOn":"2026-01-06","issuer":"UBND xã","kind":"PLAN",
                 "title":"về cải cách hành chính năm 2026","reformField":"DIRECTION","planYear":2026,"directive":false}""".formatted(unit), user);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private void scoreEverything(String unit, String user) {
        TOP.forEach((key, score) -> assertThat(send("PUT", card(unit) + "/criteria/" + key, "{\"score\":" + score + "}", user).status())
                .isEqualTo(200));
    }

    private void evidenceAndSubmit(String unit, String user) {
        long plan = plan(unit, user);
        EVIDENCED.forEach(key -> assertThat(send("POST", card(unit) + "/criteria/" + key + "/evidence", "{\"documentId\":" + plan + "}", user)
                .status()).isEqualTo(201));
        ApiClient.Answer submitted = send("POST", card(unit) + "/submit", "", user);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    }

    private void publish(String unit, String survey) {
        assertThat(send("PUT", card(unit) + "/survey", "{\"score\":" + survey + "}", appraiser).status()).isEqualTo(200);
        ApiClient.Answer published = send("POST", card(unit) + "/publish", "", appraiser);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
    }

    private int audited(String unitName) {
        return jdbc.sql("select count(*) from audit_entry where action like 'reformindex.%' and summary like ?").param(unitName + "%")
                .query(Integer.class).single();
    }

    @Test
    void submissionWantsEvidenceTheUnitNeverAppraisesItselfAndEqualScoresShareAPlace() {
        // every criterion scored, but no evidence: refused, naming each criterion the set wants evidence for
        scoreEverything(binh, leaderBinh);
        ApiClient.Answer refused = send("POST", card(binh) + "/submit", "", leaderBinh);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("details")).extracting(d -> d.get("field").asText()).containsExactlyInAnyOrderElementsOf(EVIDENCED);
        assertThat(refused.body()).contains("Tiêu chí 1.1 “Ban hành kế hoạch CCHC năm” chưa có tài liệu kiểm chứng.");
        assertThat(api.get(card(binh), leaderBinh, PASSWORD).json().get("status").asText()).as("nothing sent").isEqualTo("DRAFT");
        evidenceAndSubmit(binh, leaderBinh);

        // the unit's own account is refused the appraisal, and nothing is changed or audited
        int before = audited("Xã Bình");
        ApiClient.Answer own = send("POST", card(binh) + "/criteria/1.1/appraise", "{\"score\":0,\"reason\":\"Tự hạ điểm\"}", leaderBinh);
        assertThat(own.status()).isEqualTo(403);
        JsonNode untouched = api.get(card(binh), appraiser, PASSWORD).json();
        assertThat(criterion(untouched, "1.1").get("appraisedScore").isNull()).isTrue();
        assertThat(untouched.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(audited("Xã Bình")).isEqualTo(before);
        // the province's change is audited with the score before and after
        assertThat(send("POST", card(binh) + "/criteria/1.4/appraise", "{\"score\":2}", appraiser).status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'reformindex.appraised' and summary like 'Xã Bình%tiêu chí 1.4%'")
                .query(Integer.class).single()).isEqualTo(1);

        for (String[] unit : new String[][] { { an, leaderAn }, { cao, leaderCao } }) {
            scoreEverything(unit[0], unit[1]);
            evidenceAndSubmit(unit[0], unit[1]);
        }
        publish(cao, "10");
        publish(binh, "18");
        publish(an, "18");

        JsonNode ranking = api.get("/api/v1/reform-index/" + YEAR + "?unitCode=" + province, appraiser, PASSWORD).json();
        assertThat(ranking).extracting(r -> r.get("unitName").asText(), r -> r.get("rank").asInt())
                .containsExactly(tuple("Xã An", 1), tuple("Xã Bình", 1), tuple("Xã Cao", 3));
        assertThat(ranking.get(0).get("finalScore").decimalValue()).isEqualByComparingTo(ranking.get(1).get("finalScore").decimalValue());
        assertThat(ranking.get(2).get("finalScore").decimalValue()).isLessThan(ranking.get(1).get("finalScore").decimalValue());
    }

    private static JsonNode criterion(JsonNode card, String key) {
        return StreamSupport.stream(card.get("criteria").spliterator(), false).filter(c -> c.get("key").asText().equals(key)).findFirst()
                .orElseThrow();
    }
}
