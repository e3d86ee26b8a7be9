package vn.motcua.investment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Capital mobilised for development in a unit over a reporting window, in billions of đồng. */
public record CapitalEntry(long id, String unitCode, LocalDate from, LocalDate to, BigDecimal mobilisedBillion, String note) {
}
