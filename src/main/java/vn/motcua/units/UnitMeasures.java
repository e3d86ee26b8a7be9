package vn.motcua.units;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.Measure;
import vn.motcua.shared.MeasureSource;
import vn.motcua.shared.MeasureWindow;

/**
 * The units module's measure for the reform report: {@code units.agencies}, the agencies of a kind
 * (filter {@code kind}) belonging to the unit and the units below it, at a level (filter {@code level});
 * the records behind it are the agencies' codes. An agency counts while its unit is in force: the
 * agencies of a unit that ended before the window's last day count in no figure of that window.
 */
@Service
public class UnitMeasures implements MeasureSource {

    public static final String AGENCIES = "units.agencies";
    static final Set<String> DIMENSIONS = Set.of("kind", "level");

    private final UnitDirectory units;
    private final AgencyDirectory agencies;

    UnitMeasures(UnitDirectory units, AgencyDirectory agencies) {
        this.units = units;
        this.agencies = agencies;
    }

    @Override
    public List<Measure> measures() {
        return List.of(new Measure(AGENCIES, DIMENSIONS, "AGENCIES"));
    }

    @Override
    public MeasureWindow window(long unitId, LocalDate from, LocalDate to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidInputException("to", "units.window.invalid");
        }
        return new Window(unitId, to.minusDays(1));
    }

    /** The agencies of the unit and the units below it, read at the first figure asked. */
    private final class Window implements MeasureWindow {

        private final long unitId;
        private final LocalDate lastDay;
        private Map<Agency, UnitLevel> levelOf;

        private Window(long unitId, LocalDate lastDay) {
            this.unitId = unitId;
            this.lastDay = lastDay;
        }

        @Override
        public BigDecimal value(String measure, Map<String, String> filters) {
            return BigDecimal.valueOf(agencies(measure, filters).size());
        }

        @Override
        public List<String> records(String measure, Map<String, String> filters) {
            return agencies(measure, filters).stream().map(Agency::code).sorted().limit(MAX_RECORDS).toList();
        }

        private List<Agency> agencies(String measure, Map<String, String> filters) {
            if (!AGENCIES.equals(measure)) {
                throw new InvalidInputException("measure", "units.measure.unknown", measure);
            }
            Set<AgencyKind> kinds = Set.of(AgencyKind.values());
            Set<UnitLevel> levels = Set.of(UnitLevel.values());
            for (Map.Entry<String, String> filter : filters.entrySet()) {
                switch (filter.getKey()) {
                    case "kind" -> kinds = parse("kind", filter.getValue(), AgencyKind.class);
                    case "level" -> levels = parse("level", filter.getValue(), UnitLevel.class);
                    default -> throw new InvalidInputException(filter.getKey(), "units.filter.unknown", filter.getKey(), DIMENSIONS);
                }
            }
            if (levelOf == null) {
                levelOf = read();
            }
            Set<AgencyKind> keptKinds = kinds;
            Set<UnitLevel> keptLevels = levels;
            return levelOf.entrySet().stream().filter(e -> keptKinds.contains(e.getKey().kind()) && keptLevels.contains(e.getValue()))
                    .map(Map.Entry::getKey).toList();
        }

        private Map<Agency, UnitLevel> read() {
            Map<Long, Unit> under = new HashMap<>();
            units.unitsUnder(unitId).stream().filter(u -> u.validOn(lastDay)).forEach(u -> under.put(u.id(), u));
            Map<Agency, UnitLevel> result = new HashMap<>();
            agencies.agencies().stream().filter(a -> under.containsKey(a.unitId())).forEach(a -> result.put(a, under.get(a.unitId()).level()));
            return result;
        }
    }

    private static <E extends Enum<E>> Set<E> parse(String name, String value, Class<E> type) {
        try {
            return Arrays.stream(String.valueOf(value).split(",")).map(String::trim).map(v -> Enum.valueOf(type, v))
                    .collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "units.filter.value", value, Arrays.toString(type.getEnumConstants()));
        }
    }
}
