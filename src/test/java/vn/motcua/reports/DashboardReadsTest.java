package vn.motcua.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;

import vn.motcua.DemoSystemTest;
import vn.motcua.StatementLog;
import vn.motcua.indicators.Report;
import vn.motcua.indicators.ReportRow;
import vn.motcua.indicators.UnitReports;

/**
 * The dashboard reads each quarter's dossier figures once, its communes' ranking included, and
 * shows the figures the report shows for the same unit and quarter.
 */
@DemoSystemTest
@Import(StatementLog.Installed.class)
class DashboardReadsTest {

    @Autowired
    Dashboard dashboard;

    @Autowired
    UnitReports reports;

    private static long figureReads(List<String> statements) {
        return statements.stream().filter(s -> s.contains("dossiers_half_month_figure")).count();
    }

    @Test
    @WithUserDetails("reform")
    void aDistrictsDashboardReadsTheFiguresOfEachOfItsSixQuartersOnce() {
        StatementLog.Recorded<Dashboard.View> quarter = StatementLog.record(() -> dashboard.view("395", "2024-Q1"));
        assertThat(quarter.result().series()).hasSize(6);
        assertThat(quarter.result().communes()).hasSize(30);
        assertThat(figureReads(quarter.statements())).as("one read per quarter, the ranking from the last").isEqualTo(6);

        StatementLog.Recorded<Dashboard.View> halfYear = StatementLog.record(() -> dashboard.view("395", "2023-H1"));
        assertThat(figureReads(halfYear.statements())).as("six quarters and the half year's window for the ranking").isEqualTo(7);
    }

    @Test
    @WithUserDetails("reform")
    void theDashboardShowsTheReportsFigures() {
        Dashboard.View view = dashboard.view("395", "2024-Q1");
        Dashboard.Point quarter = view.series().get(view.series().size() - 1);
        Map<String, ReportRow> district = rows(reports.get("CCHC-2024", "2024-Q1", "395", false));
        assertThat(quarter.period()).isEqualTo("2024-Q1");
        assertThat(quarter.totalReceived()).isEqualTo(value(district, "3.3.1"));
        assertThat(quarter.received().get("DIRECT")).isEqualTo(value(district, "3.3.1.direct"));
        assertThat(quarter.received().get("POSTAL")).isEqualTo(value(district, "3.3.1.postal"));
        assertThat(quarter.received().get("ONLINE_PARTIAL")).isEqualTo(value(district, "3.3.1.online3"));
        assertThat(quarter.received().get("ONLINE_FULL")).isEqualTo(value(district, "3.3.1.online4"));
        assertThat(quarter.onTime()).isEqualTo(value(district, "3.3.2") + value(district, "3.3.3"));
        assertThat(quarter.apologies()).isEqualTo(value(district, "3.5"));

        Dashboard.Ranked oneCommune = view.communes().stream().filter(c -> c.unitCode().equals("15502")).findFirst().orElseThrow();
        Map<String, ReportRow> commune = rows(reports.get("CCHC-2024", "2024-Q1", "15502", false));
        assertThat(oneCommune.onTime()).isEqualTo(value(commune, "3.3.3"));
        assertThat(view.communes().stream().mapToLong(Dashboard.Ranked::onTime).sum()).isEqualTo(value(district, "3.3.3"));
    }

    private static Map<String, ReportRow> rows(Report report) {
        return report.rows().stream().collect(Collectors.toMap(ReportRow::key, Function.identity()));
    }

    private static long value(Map<String, ReportRow> rows, String key) {
        return rows.get(key).value().longValueExact();
    }
}
