package vn.motcua.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.DemoSystemTest;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.Measure;
import vn.motcua.shared.MeasureSource;
import vn.motcua.shared.MeasureWindow;
import vn.motcua.shared.SystemActor;
import vn.motcua.units.UnitDirectory;

/** One name, one measure: the registry the report and the dashboard read every module's figures through. */
@DemoSystemTest
class MeasureRegistryTest {

    private static final LocalDate FROM = LocalDate.of(2023, 12, 15);
    private static final LocalDate TO = LocalDate.of(2024, 3, 15);

    @Autowired
    List<MeasureSource> sources;

    @Autowired
    MeasureRegistry registry;

    @Autowired
    UnitDirectory units;

    @Test
    void twoModulesDeclaringOneMeasureStopTheStart() {
        List<MeasureSource> twice = new ArrayList<>(sources);
        twice.add(sources.get(0));
        String duplicate = sources.get(0).measures().get(0).name();
        assertThatThrownBy(() -> new MeasureRegistry(twice)).isInstanceOf(IllegalStateException.class).hasMessageContaining(duplicate);
    }

    @Test
    void everyModulesMeasuresAreKnownWithTheKindOfRecordsBehindThem() {
        assertThat(registry.measure("dossiers.received").recordKind()).isEqualTo("DOSSIERS");
        assertThat(registry.measure("dossiers.received").dimensions()).contains("channel", "level", "fieldCode", "unitCode");
        assertThat(registry.measure("procedures.inForce").recordKind()).isEqualTo("PROCEDURES");
        assertThat(registry.measure("units.agencies").recordKind()).isEqualTo("AGENCIES");
        assertThat(registry.measure("tasks.planned").recordKind()).isEqualTo("TASKS");
        assertThat(registry.measure("tasks.directives").recordKind()).isEqualTo("DOCUMENTS");
        assertThat(registry.measure("inspections.findings").recordKind()).isEqualTo("INSPECTIONS");
        assertThat(registry.measure("surveys.count").recordKind()).isEqualTo("SURVEYS");
        assertThat(registry.measure("dialogues.held").recordKind()).isEqualTo("DIALOGUES");
        assertThat(registry.measure("feedback.received").recordKind()).isEqualTo("PETITIONS");
        assertThatThrownBy(() -> registry.measure("dossiers.recieved")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void everyMeasureRefusesAFilterOrAValueItDoesNotKnowByName() {
        SystemActor.run(() -> {
            long district = units.require("395", TO.minusDays(1)).id();
            MeasureWindow window = registry.window(district, FROM, TO);
            for (Measure measure : registry.measures()) {
                assertThatThrownBy(() -> window.value(measure.name(), Map.of("colour", "red"))).as(measure.name())
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("colour"));
                if (measure.dimensions().contains("level")) {
                    assertThatThrownBy(() -> window.value(measure.name(), Map.of("level", "CITY"))).as(measure.name())
                            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.arguments()).contains("CITY"));
                }
            }
            assertThatThrownBy(() -> window.records("dossiers.recieved", Map.of())).isInstanceOf(InvalidInputException.class);
        });
    }

    @Test
    void aMeasureWithoutValueAnswersNone() {
        SystemActor.run(() -> {
            long commune = units.require("15493", TO.minusDays(1)).id();
            MeasureWindow window = registry.window(commune, LocalDate.of(2001, 1, 1), LocalDate.of(2001, 4, 1));
            assertThat(window.value("surveys.count", Map.of())).isZero();
            assertThat(window.value("surveys.form", Map.of())).as("no answers, no form").isNull();
        });
    }
}
