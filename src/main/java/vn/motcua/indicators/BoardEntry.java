package vn.motcua.indicators;

import java.time.OffsetDateTime;

/** One unit's place on the status board of the units below: its report's status, when it was sent, whether it is late. */
public record BoardEntry(String unitCode, String unitName, ReportStatus status, OffsetDateTime submittedAt, boolean late) {
}
