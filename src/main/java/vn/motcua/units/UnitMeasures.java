package vn.motcua.units;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.shared.InvalidInputException;

/**
 * The units module's measure for the reform report: {@code units.agencies}, the agencies of a kind
 * (filter {@code kind}) belonging to the unit and the units below it, at a level (filter {@code level}).
 */
@Service
public class UnitMeasures {

    public static final String AGENCIES = "units.agencies";

    private final UnitDirectory units;
    private final AgencyDirectory agencies;

    UnitMeasures(UnitDirectory units, AgencyDirectory agencies) {
        this.units = units;
        this.agencies = agencies;
    }

    @Transactional(readOnly = true)
    public long measure(String measure, long unitId, Map<String, String> filters) {
        if (!AGENCIES.equals(measure)) {
            throw new InvalidInputException("measure", "units.measure.unknown", measure);
        }
        Map<Long, Unit> under = new java.util.HashMap<>();
        units.unitsUnder(unitId).forEach(u -> under.put(u.id(), u));
        AgencyKind kind = filters.containsKey("kind") ? AgencyKind.valueOf(filters.get("kind")) : null;
        Set<UnitLevel> levels = filters.containsKey("level") ? Set.of(UnitLevel.valueOf(filters.get("level")))
                : Set.of(UnitLevel.values());
        return agencies.agencies().stream().filter(a -> under.containsKey(a.unitId()))
                .filter(a -> kind == null || a.kind() == kind)
                .filter(a -> levels.contains(under.get(a.unitId()).level())).count();
    }
}
