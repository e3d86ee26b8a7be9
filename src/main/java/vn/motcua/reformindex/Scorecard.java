package vn.motcua.reformindex;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Phiếu tự đánh giá, chấm điểm: one unit's scorecard of a year under the set for its kind. A scorecard
 * nobody has touched yet has no id and reads as a draft.
 */
public record Scorecard(Long id, int year, String subjectCode, String subjectName, long unitId, Long agencyId, IndexSet set,
        ScorecardStatus status, BigDecimal surveyScore, BigDecimal finalScore, Classification classification,
        List<CriterionLine> lines) {

    /** One field of reform with the points its criteria reached and could reach: a bar on the scorecard. */
    public record FieldTotal(Criterion field, BigDecimal score, BigDecimal max) {

        public int percent() {
            return max.signum() == 0 ? 0 : score.multiply(BigDecimal.valueOf(100)).divide(max, 0, java.math.RoundingMode.HALF_UP).intValue();
        }
    }

    /** The unit's own total: every score it gave or the records earned; none while nothing is scored. */
    public BigDecimal selfScore() {
        return sum(lines.stream().map(CriterionLine::selfScore).filter(Objects::nonNull).toList());
    }

    /** The total as the province appraised it so far, with the survey part once entered. */
    public BigDecimal appraisedScore() {
        List<BigDecimal> scores = new java.util.ArrayList<>(lines.stream().map(CriterionLine::score).filter(Objects::nonNull).toList());
        if (surveyScore != null) {
            scores.add(surveyScore);
        }
        return sum(scores);
    }

    public List<FieldTotal> fields() {
        return set.fields().stream().map(field -> {
            List<CriterionLine> below = lines.stream().filter(line -> field.key().equals(line.criterion().parentKey())).toList();
            BigDecimal score = below.stream().map(CriterionLine::score).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal max = below.stream().map(line -> line.criterion().max()).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new FieldTotal(field, score.setScale(2), max);
        }).toList();
    }

    public List<CriterionLine> linesOf(String fieldKey) {
        return lines.stream().filter(line -> fieldKey.equals(line.criterion().parentKey())).toList();
    }

    public CriterionLine line(String key) {
        return lines.stream().filter(line -> line.criterion().key().equals(key)).findFirst()
                .orElseThrow(() -> new vn.motcua.shared.NotFoundException("reformindex.criterion.not-found", key));
    }

    /** The criteria still lacking a score or the evidence the set requires: what submission refuses. */
    public List<CriterionLine> incomplete() {
        return lines.stream().filter(line -> line.lacksScore() || line.lacksEvidence()).toList();
    }

    private static BigDecimal sum(List<BigDecimal> scores) {
        return scores.isEmpty() ? null : scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
