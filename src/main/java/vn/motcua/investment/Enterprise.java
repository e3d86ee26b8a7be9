package vn.motcua.investment;

import java.time.LocalDate;

/** A newly founded enterprise (doanh nghiệp thành lập mới). */
public record Enterprise(long id, String unitCode, String name, String taxCode, LocalDate registeredOn, String sector) {
}
