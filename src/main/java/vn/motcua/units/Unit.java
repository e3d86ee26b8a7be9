package vn.motcua.units;

import java.time.LocalDate;

/**
 * Đơn vị hành chính: a unit as it was over its validity. A null validFrom means "before any data
 * we hold", a null validTo "still in force".
 */
public record Unit(long id, String code, String name, UnitLevel level, UnitKind kind, Long parentId, String parentCode,
        LocalDate validFrom, LocalDate validTo) {

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
