package vn.motcua.units;

import java.time.LocalDate;

/** Sáp nhập: from {@code effectiveOn} the predecessor's territory and records continue in the successor. */
public record Succession(long id, Unit predecessor, Unit successor, LocalDate effectiveOn) {
}
