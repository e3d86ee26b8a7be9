package vn.motcua.units;

import java.time.LocalDate;

/**
 * Cơ quan, đơn vị: an agency belonging to a unit; its code is its electronic identifier (QCVN 102:2016). It lives
 * as long as its unit: {@code validFrom}/{@code validTo} are the unit's (null: before any data we hold / still in
 * force), so an agency of a dissolved or merged unit carries the day it ended.
 */
public record Agency(long id, String code, String name, long unitId, String unitCode, String unitName, AgencyKind kind,
        LocalDate validFrom, LocalDate validTo) {

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** Whether the agency's unit ended before the day: such an agency is shown for history only, with its dates. */
    public boolean endedBefore(LocalDate date) {
        return validTo != null && validTo.isBefore(date);
    }
}
