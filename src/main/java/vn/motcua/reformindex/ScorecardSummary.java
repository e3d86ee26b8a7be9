package vn.motcua.reformindex;

import java.math.BigDecimal;

/** A scorecard as the province's list shows it: whose, of which kind, where it stands, its score so far. */
public record ScorecardSummary(String unitCode, String unitName, SubjectKind kind, ScorecardStatus status, BigDecimal finalScore) {
}
