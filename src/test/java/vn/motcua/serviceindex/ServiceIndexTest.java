package vn.motcua.serviceindex;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.serviceindex.CriterionChecks.assertCriterion;
import static vn.motcua.serviceindex.CriterionChecks.criterion;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.DemoSystemTest;
import vn.motcua.indicators.MeasureRegistry;
import vn.motcua.serviceindex.IndexCard.CriterionScore;
import vn.motcua.serviceindex.IndexCard.Role;
import vn.motcua.shared.SystemActor;
import vn.motcua.shared.VietnameseFormat;
import vn.motcua.units.NewUnit;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitDirectory;
import vn.motcua.units.UnitLevel;

/**
 * The Decision 766 index of the demo's Xã Thọ Xuân for the last quarter that has ended (Quý III năm
 * 2026 on the demo's today): shown with every group, each group's criterion recomputed here from the
 * tables themselves, and bad requests answered with what is wrong.
 */
@DemoSystemTest
class ServiceIndexTest {

    private static final String THO_XUAN = "15499";
    private static final String QUARTER = "2026-Q3";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ServiceIndex index;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UnitDirectory units;

    @Autowired
    MeasureRegistry registry;

    @Autowired
    VietnameseFormat format;

    @Test
    void theCommunesIndexForTheLastQuarterShowsEveryGroupWithItsCriteriaAndTheirFigures() throws Exception {
        var thoxuan = user(accounts.loadUserByUsername("thoxuan"));
        mvc.perform(get("/service-index").with(thoxuan)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Xã Thọ Xuân, Quý III năm 2026")))
                .andExpect(content().string(containsString("Quyết định số 766/QĐ-TTg ngày 23/06/2022")))
                .andExpect(content().string(containsString("1. Công khai, minh bạch")))
                .andExpect(content().string(containsString("2. Tiến độ, kết quả giải quyết")))
                .andExpect(content().string(containsString("3. Số hóa hồ sơ")))
                .andExpect(content().string(containsString("4. Cung cấp dịch vụ trực tuyến")))
                .andExpect(content().string(containsString("5. Mức độ hài lòng")))
                .andExpect(content().string(containsString("id=\"criterion-2.1\"")))
                .andExpect(content().string(containsString("Công thức: Số hồ sơ giải quyết đúng hoặc trước hạn")))
                // The procedures' legal effective dates are not recorded: the criterion says so rather than scoring zero.
                .andExpect(content().string(containsString("Chưa có nguồn số liệu")))
                .andExpect(content().string(containsString("/100")))
                .andExpect(content().string(containsString("id=\"no-ranking\"")))
                .andExpect(content().string(containsString("Quý IV năm 2025")));

        IndexCard card = SystemActor.call(() -> index.card(THO_XUAN, QUARTER));
        assertThat(card.groups()).extracting(IndexCard.GroupScore::max).extracting(BigDecimal::intValue)
                .containsExactly(18, 20, 22, 22, 18);
        assertThat(card.score()).isNotNull();
        CriterionScore onTime = criterion(card, "2.1");
        long onTimeDossiers = CriterionChecks.value(onTime, Role.NUMERATOR);
        mvc.perform(get("/service-index/records").with(thoxuan).param("unitCode", THO_XUAN).param("period", QUARTER)
                .param("criterion", "2.1").param("figure", "NUMERATOR")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Số đạt: " + format.number(onTimeDossiers))));

        // The report's narrative cites the score in section II.8. Xã Thọ Xuân's report of the quarter went up and was approved
        // with the demo (DemoApprovedReport): it cites the score as the index gave it then, kept with its text, whatever the
        // quarter's records say later (other tests of the run add dossiers and documents to it).
        BigDecimal kept = jdbc.sql("""
                select f.value from reports_document_figure f join reports_document d on d.id = f.document_id
                where d.template_code = 'CCHC-2025' and d.period = :period and d.unit_id = :unit and f.figure_key = 'serviceindex.score'""")
                .param("period", QUARTER).param("unit", units.require(THO_XUAN, card.to().minusDays(1)).id()).query(BigDecimal.class).single();
        assertThat(kept).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
        mvc.perform(get("/reports/CCHC-2025/2026-Q3/15499/preview").with(thoxuan)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Quyết định số 766/QĐ-TTg")))
                .andExpect(content().string(containsString("đạt " + format.number(kept) + " điểm trên thang điểm 100")));
        // A report still open cites the index as it stands: Xã Sao Vàng's quarter, which nothing submits.
        IndexCard saoVang = SystemActor.call(() -> index.card("15553", QUARTER));
        assertThat(saoVang.score()).isNotNull();
        mvc.perform(get("/reports/CCHC-2025/2026-Q3/15553/preview").with(user(accounts.loadUserByUsername("leader"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("đạt " + format.number(saoVang.score()) + " điểm trên thang điểm 100")));
    }

    @Test
    @WithUserDetails("thoxuan")
    void oneCriterionOfEachGroupIsWhatTheTablesThemselvesGive() {
        IndexCard card = index.card(THO_XUAN, QUARTER);
        Unit unit = units.require(THO_XUAN, card.to().minusDays(1));
        List<Long> unitIds = units.unitsUnder(unit.id()).stream().map(Unit::id).toList();
        List<Long> agencies = jdbc.sql("select id from units_agency where unit_id in (:units)").param("units", unitIds).query(Long.class)
                .list();
        LocalDate from = card.from();
        LocalDate to = card.to();
        String day = "(%s at time zone 'Asia/Ho_Chi_Minh')::date >= :from and (%s at time zone 'Asia/Ho_Chi_Minh')::date < :to";

        long resolved = count("select count(*) from dossiers_dossier where agency_id in (:agencies) and " + day.formatted("completed_at",
                "completed_at"), agencies, from, to);
        long received = count("select count(*) from dossiers_dossier where agency_id in (:agencies) and " + day.formatted("received_at",
                "received_at"), agencies, from, to);
        assertThat(received).as("the demo commune received dossiers in the quarter").isPositive();

        // 1.2 Dossiers whose result was published in the quarter, each once, out of those resolved.
        long published = count("select count(distinct a.dossier_id) from dossiers_action a join dossiers_dossier d on d.id = a.dossier_id"
                + " where a.action = 'PUBLISH_RESULT' and d.agency_id in (:agencies) and " + day.formatted("a.at", "a.at"), agencies, from, to);
        assertCriterion(criterion(card, "1.2"), published, resolved);

        // 2.1 Resolved early or on the day of the first appointment, out of those resolved.
        long onTime = count("select count(*) from dossiers_dossier where agency_id in (:agencies) and timeliness in ('EARLY', 'ON_TIME')"
                + " and " + day.formatted("completed_at", "completed_at"), agencies, from, to);
        assertCriterion(criterion(card, "2.1"), onTime, resolved);

        // 3.1 Dossiers whose first scanned paper of the dossier as filed was attached in the quarter, out of those received.
        long digitised = count("select count(*) from (select d.id, min(doc.attached_at) as first from dossiers_document doc"
                + " join dossiers_dossier d on d.id = doc.dossier_id where doc.kind = 'DOSSIER' and doc.origin = 'DIGITISED'"
                + " and d.agency_id in (:agencies) group by d.id) f where " + day.formatted("f.first", "f.first"), agencies, from, to);
        assertCriterion(criterion(card, "3.1"), digitised, received);

        // 4.2 Received online, partly or fully, out of all received.
        long online = count("select count(*) from dossiers_dossier where agency_id in (:agencies) and channel in ('ONLINE_PARTIAL',"
                + " 'ONLINE_FULL') and " + day.formatted("received_at", "received_at"), agencies, from, to);
        assertCriterion(criterion(card, "4.2"), online, received);

        // 5.3 Survey answers satisfied on average (four scores adding to 16 or more), out of all answers of the units.
        long answers = jdbc.sql("select count(*) from feedback_survey where unit_id in (:units) and " + day.formatted("answered_at",
                "answered_at")).param("units", unitIds).param("from", from).param("to", to).query(Long.class).single();
        long satisfied = jdbc.sql("select count(*) from feedback_survey where unit_id in (:units) and information + timeliness"
                + " + attitude + result >= 16 and " + day.formatted("answered_at", "answered_at")).param("units", unitIds)
                .param("from", from).param("to", to).query(Long.class).single();
        assertCriterion(criterion(card, "5.3"), satisfied, answers);
    }

    @Test
    @WithUserDetails("thoxuan")
    void aMeasureNoModuleDeclaresLeavesItsCriterionUnscoredAndOutOfTheTotal() {
        IndexCard card = index.card(THO_XUAN, QUARTER);
        CriterionScore publishedOnTime = criterion(card, "1.1");
        assertThat(registry.find("procedures.publishedOnTime")).isEmpty();
        assertThat(publishedOnTime.status()).isEqualTo(IndexCard.Status.NO_SOURCE);
        assertThat(publishedOnTime.points()).isNull();
        CriterionScore paidOnline = criterion(card, "4.3");
        boolean payments = registry.find("payments.dossiersPaidOnline").isPresent() && registry.find("payments.dossiersWithFee").isPresent();
        assertThat(paidOnline.status() == IndexCard.Status.NO_SOURCE).isEqualTo(!payments);

        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal measurable = BigDecimal.ZERO;
        for (IndexCard.GroupScore group : card.groups()) {
            for (CriterionScore c : group.criteria()) {
                if (c.points() != null) {
                    earned = earned.add(c.points());
                    measurable = measurable.add(c.max());
                }
            }
        }
        assertThat(card.earned()).isEqualByComparingTo(earned);
        assertThat(card.measurable()).isEqualByComparingTo(measurable).isLessThan(BigDecimal.valueOf(100));
        assertThat(card.score()).isEqualByComparingTo(earned.multiply(BigDecimal.valueOf(100)).divide(measurable, 2, RoundingMode.HALF_UP));
    }

    @Test
    void theApiAnswersTheCardTheRankingAndTheTrend() throws Exception {
        var reform = user(accounts.loadUserByUsername("reform"));
        mvc.perform(get("/api/v1/service-index").with(reform).param("unit", THO_XUAN).param("period", QUARTER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unit").value(THO_XUAN)).andExpect(jsonPath("$.period").value(QUARTER))
                .andExpect(jsonPath("$.set").value("QD766-2022")).andExpect(jsonPath("$.groups.length()").value(5))
                .andExpect(jsonPath("$.groups[1].criteria[0].key").value("2.1"))
                .andExpect(jsonPath("$.groups[1].criteria[0].inputs[0].measure").value("dossiers.resolvedOnTime"))
                .andExpect(jsonPath("$.groups[0].criteria[0].status").value("NO_SOURCE"))
                .andExpect(jsonPath("$.total").isNumber());
        // The province ranks its communes: every one of the demo's eight has records in the quarter (other tests may
        // add communes below the province to the shared database, with or without records, so at least eight).
        mvc.perform(get("/api/v1/service-index/ranking").with(reform).param("unit", "38").param("period", QUARTER))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.place > 0)]", hasSize(greaterThanOrEqualTo(8))))
                .andExpect(jsonPath("$[0].place").value(1)).andExpect(jsonPath("$[7].place").value(8))
                .andExpect(jsonPath("$[?(@.unitCode == '" + THO_XUAN + "')].place", everyItem(greaterThan(0))));
        mvc.perform(get("/api/v1/service-index/trend").with(reform).param("unit", THO_XUAN).param("period", QUARTER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(4)).andExpect(jsonPath("$[3].period").value(QUARTER))
                .andExpect(jsonPath("$[3].score").isNumber());
        // Thị trấn Thọ Xuân in 2025-Q1 (before the commune took its code): no dossier of the quarter in the demo, a
        // few survey answers; no total scaled up from them, and the page says why.
        mvc.perform(get("/api/v1/service-index").with(reform).param("unit", THO_XUAN).param("period", "2025-Q1"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unitName").value("Thị trấn Thọ Xuân"))
                .andExpect(jsonPath("$.total").doesNotExist());
        mvc.perform(get("/service-index").with(reform).param("unitCode", THO_XUAN).param("period", "2025-Q1"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("chưa có số liệu")))
                .andExpect(content().string(not(containsString("/100</p>"))));
    }

    @Test
    void badRequestsAreRefusedNamingWhatIsWrong() throws Exception {
        var reform = user(accounts.loadUserByUsername("reform"));
        mvc.perform(get("/api/v1/service-index").with(reform).param("unit", "99999").param("period", QUARTER))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.message").value(containsString("99999")));
        mvc.perform(get("/api/v1/service-index").with(reform).param("unit", "395").param("period", QUARTER))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.details[0].field").value("unit"))
                .andExpect(jsonPath("$.details[0].message").value(containsString("Huyện Thọ Xuân đã kết thúc hoạt động ngày 30/06/2025")));
        mvc.perform(get("/api/v1/service-index").with(reform).param("unit", THO_XUAN).param("period", "2026-Q5"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.details[0].field").value("period"));
        mvc.perform(get("/api/v1/service-index").with(reform).param("unit", THO_XUAN).param("period", "2021-Q4"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.details[0].message").value(containsString("Quyết định 766/QĐ-TTg")));
        mvc.perform(get("/api/v1/service-index").with(reform).param("period", QUARTER))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.details[0].field").value("unit"));

        // A unit established after the period: asked for a quarter that ended before it existed.
        if (SystemActor.call(() -> units.allUnits().stream().noneMatch(u -> u.code().equals("99001")))) {
            SystemActor.run(() -> units.create(new NewUnit("99001", "Xã Thử Nghiệm", UnitLevel.COMMUNE, "xã", "38",
                    LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))));
        }
        var admin = user(accounts.loadUserByUsername("admin"));
        mvc.perform(get("/api/v1/service-index").with(admin).param("unit", "99001").param("period", QUARTER))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.details[0].message").value(containsString("Xã Thử Nghiệm được thành lập từ ngày 01/11/2026")));
        // The page says the same beside the chooser, without a card.
        mvc.perform(get("/service-index").with(admin).param("unitCode", "99001").param("period", QUARTER))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("id=\"failure\"")))
                .andExpect(content().string(containsString("được thành lập từ ngày 01/11/2026")));
    }

    private long count(String sql, List<Long> agencies, LocalDate from, LocalDate to) {
        return jdbc.sql(sql).param("agencies", agencies).param("from", from).param("to", to).query(Long.class).single();
    }
}
