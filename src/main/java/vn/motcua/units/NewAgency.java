package vn.motcua.units;

import java.time.LocalDate;

/**
 * What an administrator gives to create an agency. The unit is the one its code names on
 * {@code unitValidOn}, today when left out (a code may have named another unit in the past).
 */
public record NewAgency(String code, String name, String unitCode, AgencyKind kind, LocalDate unitValidOn) {
}
