package vn.motcua.serviceindex;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.serviceindex.CriterionChecks.assertCriterion;
import static vn.motcua.serviceindex.CriterionChecks.criterion;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;
import vn.motcua.serviceindex.IndexCard.CriterionScore;
import vn.motcua.shared.SystemActor;

/**
 * The index of one agency (cơ quan): the unit's criteria over that agency's own records, each group's
 * criterion recomputed here from the tables; the province's departments ranked for a quarter; the
 * offices of the district dissolved on 01/07/2025 in no 2026 quarter; bad agency codes refused in Vietnamese.
 */
@DemoSystemTest
class AgencyServiceIndexTest {

    private static final String THO_XUAN = "15499";
    private static final String PROVINCE = "38";
    private static final String QUARTER = "2026-Q3";
    /**
     * Sở Công Thương and Sở Y tế of the demo province, which the demo gives no dossier of their own (it gives
     * Sở Tư pháp, Sở Xây dựng and Sở Tài chính theirs); Phòng Nội vụ of the dissolved Huyện Thọ Xuân.
     */
    private static final String TRADE = "000.00.54.H56";
    private static final String HEALTH = "000.00.59.H56";
    private static final String DISTRICT_OFFICE = "000.01.14.H56";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ServiceIndex index;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    @WithUserDetails("thoxuan")
    void oneCriterionOfEachGroupOfTheCommunesPeoplesCommitteeIsWhatItsOwnRecordsGive() {
        IndexCard unitCard = index.card(THO_XUAN, QUARTER);
        String code = jdbc.sql("select a.code from units_agency a join units_unit u on u.id = a.unit_id where u.code = :code"
                + " and u.valid_to is null and a.kind = 'PEOPLES_COMMITTEE'").param("code", THO_XUAN).query(String.class).single();
        long agency = jdbc.sql("select id from units_agency where code = ?").param(code).query(Long.class).single();
        IndexCard card = index.agencyCard(code, QUARTER);
        assertThat(card.agencyCode()).isEqualTo(code);
        assertThat(card.unitCode()).isEqualTo(THO_XUAN);
        assertThat(card.groups()).extracting(IndexCard.GroupScore::key).containsExactly("1", "2", "3", "4", "5");
        LocalDate from = card.from();
        LocalDate to = card.to();
        String day = "(%1$s at time zone 'Asia/Ho_Chi_Minh')::date >= :from and (%1$s at time zone 'Asia/Ho_Chi_Minh')::date < :to";

        long resolved = count("select count(*) from dossiers_dossier where agency_id = :agency and " + day.formatted("completed_at"),
                agency, from, to);
        long received = count("select count(*) from dossiers_dossier where agency_id = :agency and " + day.formatted("received_at"),
                agency, from, to);
        assertThat(received).as("the commune's committee received dossiers in the quarter").isPositive();

        // 1.2 Dossiers of the agency whose result was published in the quarter, each once, out of those it resolved.
        long published = count("select count(distinct a.dossier_id) from dossiers_action a join dossiers_dossier d on d.id = a.dossier_id"
                + " where a.action = 'PUBLISH_RESULT' and d.agency_id = :agency and " + day.formatted("a.at"), agency, from, to);
        assertCriterion(criterion(card, "1.2"), published, resolved);

        // 2.1 Resolved early or on the day of the first appointment.
        long onTime = count("select count(*) from dossiers_dossier where agency_id = :agency and timeliness in ('EARLY', 'ON_TIME')"
                + " and " + day.formatted("completed_at"), agency, from, to);
        assertCriterion(criterion(card, "2.1"), onTime, resolved);

        // 3.1 Dossiers whose first scanned paper as filed was attached in the quarter, out of those received.
        long digitised = count("select count(*) from (select d.id, min(doc.attached_at) as first from dossiers_document doc"
                + " join dossiers_dossier d on d.id = doc.dossier_id where doc.kind = 'DOSSIER' and doc.origin = 'DIGITISED'"
                + " and d.agency_id = :agency group by d.id) f where " + day.formatted("f.first"), agency, from, to);
        assertCriterion(criterion(card, "3.1"), digitised, received);

        // 4.2 Received online, partly or fully, out of all the agency received.
        long online = count("select count(*) from dossiers_dossier where agency_id = :agency and channel in ('ONLINE_PARTIAL',"
                + " 'ONLINE_FULL') and " + day.formatted("received_at"), agency, from, to);
        assertCriterion(criterion(card, "4.2"), online, received);

        // 5.3 Survey answers about the agency's dossiers satisfied on average (four scores adding to 16 or more).
        long answers = count("select count(*) from feedback_survey where agency_id = :agency and " + day.formatted("answered_at"),
                agency, from, to);
        long satisfied = count("select count(*) from feedback_survey where agency_id = :agency and information + timeliness"
                + " + attitude + result >= 16 and " + day.formatted("answered_at"), agency, from, to);
        assertCriterion(criterion(card, "5.3"), satisfied, answers);

        // 4.1 counts procedures, which the catalogue records by level and kind of agency, not by agency: said so, and
        // left out of the agency's maximum rather than given a figure.
        CriterionScore fullyOnline = criterion(card, "4.1");
        assertThat(fullyOnline.status()).isEqualTo(IndexCard.Status.NOT_BY_AGENCY);
        assertThat(fullyOnline.points()).isNull();
        assertThat(criterion(unitCard, "4.1").points()).as("the unit's card scores it").isNotNull();
        BigDecimal measurable = card.groups().stream().flatMap(g -> g.criteria().stream()).filter(c -> c.points() != null)
                .map(CriterionScore::max).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(card.measurable()).isEqualByComparingTo(measurable);
        assertThat(card.measurable()).isLessThanOrEqualTo(unitCard.measurable().subtract(fullyOnline.max()));
        // Every figure read for the agency names it among its filters, so the API shows what was asked of each measure.
        assertThat(criterion(card, "2.1").inputs()).allSatisfy(i -> assertThat(i.filters()).containsEntry("agencyCode", code));
    }

    @Test
    void theProvincesDepartmentsAreRankedByTheirOwnDossiersAndEachLinksToItsOwnIndex() throws Exception {
        var reform = user(accounts.loadUserByUsername("reform"));
        IndexCard province = SystemActor.call(() -> index.card(PROVINCE, QUARTER));
        // Sở Công Thương resolves four dossiers early; Sở Y tế four, two of them late without an apology letter.
        LocalDateTime received = province.from().plusDays(3).atTime(8, 0);
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            lines.add(line(TRADE, received.plusDays(n), received.plusDays(n + 5), received.plusDays(n + 1)));
            lines.add(line(HEALTH, received.plusDays(n), received.plusDays(n + 5), received.plusDays(n < 2 ? n + 2 : n + 8)));
        }
        ApiClient.Answer imported = new ApiClient(port).send("POST", "/api/v1/imports/dossiers", "application/x-ndjson",
                String.join("\n", lines), "admin", "demo");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        mvc.perform(get("/api/v1/service-index/ranking/agencies").with(reform).param("unit", PROVINCE).param("period", QUARTER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].unitCode", everyItem(equalTo(PROVINCE))))
                .andExpect(jsonPath("$[*].agencyName", hasItems("Sở Công Thương tỉnh Thanh Hóa", "Sở Y tế tỉnh Thanh Hóa",
                        "Sở Nội vụ tỉnh Thanh Hóa")))
                // The dissolved district's offices are no agency of the province, and in no 2026 quarter.
                .andExpect(jsonPath("$[?(@.agencyCode =~ /.*\\.14\\.H56/)]", empty()));

        // Ranked by their scores among the departments with figures (the demo's three as well): the one on time above the other.
        List<RankedAgency> ranking = SystemActor.call(() -> index.agencyRanking(PROVINCE, QUARTER));
        RankedAgency trade = ranking.stream().filter(a -> a.agencyCode().equals(TRADE)).findFirst().orElseThrow();
        RankedAgency health = ranking.stream().filter(a -> a.agencyCode().equals(HEALTH)).findFirst().orElseThrow();
        assertThat(trade.place()).isPositive().isLessThan(health.place());
        assertThat(health.notByAgency()).contains("4.1");
        // The same as the scores: Sở Công Thương on time in full, Sở Y tế with two of four late, neither apologised.
        IndexCard tradeCard = SystemActor.call(() -> index.agencyCard(TRADE, QUARTER));
        IndexCard healthCard = SystemActor.call(() -> index.agencyCard(HEALTH, QUARTER));
        assertCriterion(criterion(tradeCard, "2.1"), 4, 4);
        assertCriterion(criterion(healthCard, "2.1"), 2, 4);
        assertThat(criterion(healthCard, "2.2").points()).isEqualByComparingTo("3.00");
        assertThat(tradeCard.score()).isGreaterThan(healthCard.score());

        // The province's page ranks its agencies beside its communes, each linking to its own index.
        mvc.perform(get("/service-index").with(reform).param("unitCode", PROVINCE).param("period", QUARTER))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"agency-ranking\"")))
                .andExpect(content().string(containsString("Xếp hạng các cơ quan của Tỉnh Thanh Hóa")))
                .andExpect(content().string(containsString("/service-index?agency=" + TRADE + "&amp;period=" + QUARTER)))
                .andExpect(content().string(containsString("id=\"ranking\"")));
        // The agency's page: the same groups and formulas, its figures drilling down to its dossiers, what is not split said so.
        mvc.perform(get("/service-index").with(reform).param("agency", TRADE).param("period", QUARTER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sở Công Thương tỉnh Thanh Hóa (Tỉnh Thanh Hóa), Quý III năm 2026")))
                .andExpect(content().string(containsString("5. Mức độ hài lòng")))
                .andExpect(content().string(containsString("Công thức: Số hồ sơ giải quyết đúng hoặc trước hạn")))
                .andExpect(content().string(containsString("Không tách theo cơ quan")))
                .andExpect(content().string(containsString("/service-index/records?agency=" + TRADE)))
                .andExpect(content().string(not(containsString("value=\"" + DISTRICT_OFFICE + "\""))));
        mvc.perform(get("/service-index/records").with(reform).param("agency", TRADE).param("period", QUARTER)
                .param("criterion", "2.1").param("figure", "NUMERATOR")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Số đạt: 4")))
                .andExpect(content().string(containsString("Về chỉ số của Sở Công Thương tỉnh Thanh Hóa")));
        mvc.perform(get("/api/v1/service-index").with(reform).param("agency", TRADE).param("period", QUARTER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.agency").value(TRADE)).andExpect(jsonPath("$.unit").value(PROVINCE))
                .andExpect(jsonPath("$.groups[3].criteria[0].status").value("NOT_BY_AGENCY"))
                .andExpect(jsonPath("$.groups[1].criteria[0].inputs[0].filters.agencyCode").value(TRADE));
        mvc.perform(get("/api/v1/service-index/trend").with(reform).param("agency", TRADE).param("period", QUARTER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(4)).andExpect(jsonPath("$[3].score").isNumber());
    }

    @Test
    void theDissolvedDistrictsOfficesAreInTheirOwnPeriodsOnly() throws Exception {
        var reform = user(accounts.loadUserByUsername("reform"));
        mvc.perform(get("/api/v1/service-index").with(reform).param("agency", DISTRICT_OFFICE).param("period", QUARTER))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.details[0].field").value("agency"))
                .andExpect(jsonPath("$.details[0].message").value(containsString(
                        "Phòng Nội vụ huyện Thọ Xuân thuộc Huyện Thọ Xuân, đơn vị đã kết thúc hoạt động ngày 30/06/2025")));
        mvc.perform(get("/service-index").with(reform).param("agency", DISTRICT_OFFICE).param("period", QUARTER))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("id=\"failure\"")))
                .andExpect(content().string(containsString("đã kết thúc hoạt động ngày 30/06/2025")));
        // In 2024 the district and its offices were in force: the district's page ranks them.
        mvc.perform(get("/api/v1/service-index").with(reform).param("agency", DISTRICT_OFFICE).param("period", "2024-Q1"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.agency").value(DISTRICT_OFFICE)).andExpect(jsonPath("$.unit").value("395"));
        mvc.perform(get("/api/v1/service-index/ranking/agencies").with(reform).param("unit", "395").param("period", "2024-Q1"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].agencyCode", hasItems(DISTRICT_OFFICE, "000.00.14.H56")));
    }

    @Test
    void badAgencyCodesAreRefusedNamingWhatIsWrong() throws Exception {
        var reform = user(accounts.loadUserByUsername("reform"));
        mvc.perform(get("/api/v1/service-index").with(reform).param("agency", "000.99.99.H56").param("period", QUARTER))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value(containsString("Không có cơ quan mã “000.99.99.H56”")));
        mvc.perform(get("/api/v1/service-index").with(reform).param("agency", TRADE).param("unit", THO_XUAN).param("period", QUARTER))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.details[0].field").value("agency"))
                .andExpect(jsonPath("$.details[0].message").value(containsString("không thuộc đơn vị mã “15499”")));
        mvc.perform(get("/api/v1/service-index").with(reform).param("agency", TRADE))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.details[0].field").value("period"));
        // A commune's account reaches no agency of the province.
        var thoxuan = user(accounts.loadUserByUsername("thoxuan"));
        mvc.perform(get("/api/v1/service-index").with(thoxuan).param("agency", TRADE).param("period", QUARTER))
                .andExpect(status().isNotFound());
    }

    private static String line(String agency, LocalDateTime received, LocalDateTime due, LocalDateTime completed) {
        return "{\"procedureCode\":\"1.013805\",\"agencyCode\":\"" + agency + "\",\"channel\":\"DIRECT\","
                + "\"applicant\":{\"name\":\"Trần Văn Bình\",\"phone\":\"0912000222\"},\"receivedAt\":\"" + at(received)
                + "\",\"dueAt\":\"" + at(due) + "\",\"completedAt\":\"" + at(completed) + "\"}";
    }

    private static String at(LocalDateTime time) {
        return time.atOffset(ZoneOffset.ofHours(7)).toString();
    }

    private long count(String sql, long agency, LocalDate from, LocalDate to) {
        return jdbc.sql(sql).param("agency", agency).param("from", from).param("to", to).query(Long.class).single();
    }
}
