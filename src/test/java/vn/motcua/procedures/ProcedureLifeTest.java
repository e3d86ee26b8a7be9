package vn.motcua.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.motcua.units.AgencyKind;
import vn.motcua.units.UnitLevel;

/** A procedure read for many days at once gives, each day, the version the catalogue gives for that day. */
class ProcedureLifeTest {

    private static ProcedureVersion version(long id, String from, int days) {
        return new ProcedureVersion(id, "1.001193", LocalDate.parse(from), "QĐ " + id, "", new ProcedureContent("Đăng ký khai sinh",
                "ho-tich", "Hộ tịch", UnitLevel.COMMUNE, AgencyKind.PEOPLES_COMMITTEE, days, null, null, null, "", OnlineKind.FULL, true,
                InterAgency.NONE, false, false, false, true, true, List.of(), List.of(), List.of(), false, List.of()));
    }

    @Test
    void eachDayHasTheVersionInForceThenAndADayBeforeAnyHasTheFirst() {
        ProcedureVersion first = version(1, "2020-01-01", 5);
        ProcedureVersion amended = version(2, "2025-07-01", 3);
        Procedure header = new Procedure("1.001193", LocalDate.of(2020, 1, 1), "QĐ 1", null, null, null, 0, amended);
        ProcedureLife life = new ProcedureLife(header, List.of(amended, first));
        assertThat(life.on(LocalDate.of(2024, 3, 1)).orElseThrow().version().id()).isEqualTo(1);
        assertThat(life.on(LocalDate.of(2025, 6, 30)).orElseThrow().version().id()).isEqualTo(1);
        assertThat(life.on(LocalDate.of(2025, 7, 1)).orElseThrow().version().id()).isEqualTo(2);
        assertThat(life.on(LocalDate.of(2019, 5, 1)).orElseThrow().version().id()).isEqualTo(1);
        assertThat(life.on(LocalDate.of(2026, 12, 2)).orElseThrow().publishedOn()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(new ProcedureLife(header, List.of()).on(LocalDate.of(2026, 1, 1))).isEmpty();
    }
}
