package vn.motcua.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.DemoSystemTest;
import vn.motcua.shared.SystemActor;
import vn.motcua.units.AgencyKind;
import vn.motcua.units.UnitLevel;

/**
 * Each catalogue figure of the report (rows 3.1.1–3.1.3, 3.2.1–3.2.7, 3.4.3, 7.5.1–7.5.2) from its
 * measure, on a catalogue built here in a field of its own, for 2024-Q1 (15/12/2023–14/03/2024).
 */
@DemoSystemTest
class CatalogFiguresTest {

    private static final LocalDate FROM = LocalDate.of(2023, 12, 15);
    private static final LocalDate TO = LocalDate.of(2024, 3, 15);

    @Autowired
    CatalogAdministration administration;

    @Autowired
    ProcedureMeasures measures;

    String field;

    private ProcedureContent content(UnitLevel level, OnlineKind online, boolean oneStop, InterAgency inter, boolean payment,
            boolean anyLocation, boolean approved, boolean digitized) {
        return new ProcedureContent("Thủ tục thử", field, "Lĩnh vực thử", level, AgencyKind.PEOPLES_COMMITTEE, 5, null, null,
                null, "", online, oneStop, inter, payment, anyLocation, false, approved, digitized, List.of(), List.of(),
                List.of(), false, List.of());
    }

    private void publish(ProcedureContent content, LocalDate on) {
        administration.publish(CatalogTestData.uniqueCode(), content, on, "QĐ thử");
    }

    @BeforeEach
    void buildCatalogue() {
        field = CatalogTestData.uniqueField();
        SystemActor.run(() -> {
            LocalDate old = LocalDate.of(2022, 1, 1);
            LocalDate inQuarter = LocalDate.of(2024, 2, 1);
            // District: 3 in force (one new in the quarter), one abolished in the quarter.
            publish(content(UnitLevel.DISTRICT, OnlineKind.FULL, true, InterAgency.SAME_LEVEL, true, true, true, true), old);
            publish(content(UnitLevel.DISTRICT, OnlineKind.PARTIAL, true, InterAgency.CROSS_LEVEL, false, false, true, false), old);
            publish(content(UnitLevel.DISTRICT, OnlineKind.NONE, false, InterAgency.NONE, false, false, false, false), inQuarter);
            String abolished = CatalogTestData.uniqueCode();
            Procedure gone = administration.publish(abolished,
                    content(UnitLevel.DISTRICT, OnlineKind.FULL, true, InterAgency.NONE, true, false, true, true), old, "");
            administration.abolish(abolished, gone.lockVersion(), LocalDate.of(2024, 1, 10), "QĐ bãi bỏ", null);
            // Commune: 4 in force.
            publish(content(UnitLevel.COMMUNE, OnlineKind.FULL, true, InterAgency.NONE, true, true, true, false), old);
            publish(content(UnitLevel.COMMUNE, OnlineKind.FULL, true, InterAgency.CROSS_LEVEL, false, true, true, false), old);
            publish(content(UnitLevel.COMMUNE, OnlineKind.PARTIAL, false, InterAgency.SAME_LEVEL, false, false, true, true), inQuarter);
            publish(content(UnitLevel.COMMUNE, OnlineKind.NONE, true, InterAgency.NONE, false, false, false, false), old);
            // Published after the window: not counted anywhere.
            publish(content(UnitLevel.COMMUNE, OnlineKind.FULL, true, InterAgency.NONE, true, true, true, true), LocalDate.of(2024, 3, 15));
        });
    }

    private long figure(String measure, String... filters) {
        Map<String, String> map = new HashMap<>();
        map.put("fieldCode", field);
        for (int i = 0; i < filters.length; i += 2) {
            map.put(filters[i], filters[i + 1]);
        }
        return measures.measure(measure, map, FROM, TO).value();
    }

    private double percent(String flag, String level) {
        return 100.0 * figure(ProcedureMeasures.IN_FORCE, "level", level, flag, "true")
                / figure(ProcedureMeasures.IN_FORCE, "level", level);
    }

    @Test
    void everyCatalogueRowOfTheReport() {
        String both = "DISTRICT,COMMUNE";
        assertThat(figure(ProcedureMeasures.PUBLISHED, "level", both)).as("3.1.1").isEqualTo(2);
        assertThat(figure(ProcedureMeasures.ABOLISHED, "level", both)).as("3.1.2").isEqualTo(1);
        assertThat(figure(ProcedureMeasures.IN_FORCE, "level", "DISTRICT")).as("3.1.3.district").isEqualTo(3);
        assertThat(figure(ProcedureMeasures.IN_FORCE, "level", "COMMUNE")).as("3.1.3.commune").isEqualTo(4);
        assertThat(figure(ProcedureMeasures.IN_FORCE, "level", "DISTRICT", "oneStop", "true")).as("3.2.1").isEqualTo(2);
        assertThat(figure(ProcedureMeasures.IN_FORCE, "level", "COMMUNE", "oneStop", "true")).as("3.2.2").isEqualTo(3);
        assertThat(figure(ProcedureMeasures.IN_FORCE, "level", "DISTRICT", "interAgency", "SAME_LEVEL")).as("3.2.3.district").isEqualTo(1);
        assertThat(figure(ProcedureMeasures.IN_FORCE, "level", "COMMUNE", "interAgency", "SAME_LEVEL")).as("3.2.3.commune").isEqualTo(1);
        assertThat(figure(ProcedureMeasures.IN_FORCE, "level", "DISTRICT", "interAgency", "CROSS_LEVEL")).as("3.2.4.district").isEqualTo(1);
        assertThat(figure(ProcedureMeasures.IN_FORCE, "level", "COMMUNE", "interAgency", "CROSS_LEVEL")).as("3.2.4.commune").isEqualTo(1);
        assertThat(percent("internalProcessApproved", "DISTRICT")).as("3.2.5.district").isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));
        assertThat(percent("internalProcessApproved", "COMMUNE")).as("3.2.5.commune").isEqualTo(75.0);
        assertThat(percent("internalProcessDigitized", "DISTRICT")).as("3.2.6.district").isCloseTo(33.33, org.assertj.core.data.Offset.offset(0.01));
        assertThat(percent("internalProcessDigitized", "COMMUNE")).as("3.2.6.commune").isEqualTo(25.0);
        assertThat(figure(ProcedureMeasures.IN_FORCE, "level", both, "anyLocation", "true")).as("3.2.7").isEqualTo(3);
        assertThat(figure(ProcedureMeasures.IN_FORCE, "level", "DISTRICT", "onlinePayment", "true")).as("3.4.3.district").isEqualTo(1);
        assertThat(figure(ProcedureMeasures.IN_FORCE, "level", "COMMUNE", "onlinePayment", "true")).as("3.4.3.commune").isEqualTo(1);
        assertThat(figure(ProcedureMeasures.IN_FORCE, "level", both, "onlineKind", "PARTIAL")).as("7.5.1").isEqualTo(2);
        assertThat(figure(ProcedureMeasures.IN_FORCE, "level", both, "onlineKind", "FULL")).as("7.5.2").isEqualTo(3);
    }

    @Test
    void aFigureListsTheProceduresBehindIt() {
        CatalogFigure figure = measures.measure(ProcedureMeasures.IN_FORCE, Map.of("fieldCode", field, "level", "COMMUNE"), FROM, TO);
        assertThat(figure.procedureCodes()).hasSize(4).allMatch(code -> code.startsWith("9."));
    }
}
