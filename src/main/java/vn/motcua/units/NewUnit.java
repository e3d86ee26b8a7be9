package vn.motcua.units;

import java.time.LocalDate;

/** What an administrator gives to create a unit. The parent is resolved on the new unit's first valid day. */
public record NewUnit(String code, String name, UnitLevel level, String kind, String parentCode, LocalDate validFrom,
        LocalDate validTo) {
}
