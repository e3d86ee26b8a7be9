package vn.motcua.reformindex;

import java.math.BigDecimal;
import java.util.List;

/**
 * Bộ chỉ số: the criteria of one year and kind of unit, the points of the sociological survey, and the
 * classification thresholds in percent of the total.
 */
public record IndexSet(long id, int year, SubjectKind kind, String title, String source, BigDecimal surveyMax,
        BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal fairFrom, BigDecimal averageFrom, int version,
        List<Criterion> criteria) {

    /** The criteria that take a score (every one but the fields). */
    public List<Criterion> scored() {
        return criteria.stream().filter(c -> !c.field()).toList();
    }

    public List<Criterion> fields() {
        return criteria.stream().filter(Criterion::field).toList();
    }

    /** The most points a unit can reach: every scored criterion's maximum and the survey's. */
    public BigDecimal total() {
        return scored().stream().map(Criterion::max).reduce(surveyMax, BigDecimal::add);
    }

    /** The most points a unit can give itself: every scored criterion's maximum, the survey left to the province. */
    public BigDecimal selfMax() {
        return scored().stream().map(Criterion::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Criterion criterion(String key) {
        return criteria.stream().filter(c -> c.key().equals(key) && !c.field()).findFirst()
                .orElseThrow(() -> new vn.motcua.shared.NotFoundException("reformindex.criterion.not-found", key));
    }

    public Classification classify(BigDecimal score) {
        return Classification.of(score, total(), excellentFrom, goodFrom, fairFrom, averageFrom);
    }
}
