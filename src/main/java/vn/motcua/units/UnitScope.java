package vn.motcua.units;

import java.util.Set;

/**
 * The units an account may reach: its agency's unit, every unit below it (at any time), and the
 * units merged into one of those, whose records it carries on. {@code all} for a system administrator.
 */
public record UnitScope(boolean all, Set<Long> unitIds) {

    public static final UnitScope EVERYTHING = new UnitScope(true, Set.of());
    public static final UnitScope NOTHING = new UnitScope(false, Set.of());

    public UnitScope {
        unitIds = Set.copyOf(unitIds);
    }

    public boolean contains(long unitId) {
        return all || unitIds.contains(unitId);
    }
}
