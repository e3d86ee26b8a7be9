package vn.motcua.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.motcua.shared.InvalidInputException;

/**
 * Điểm đánh giá on the criteria of Decision 766/QĐ-TTg, each from 1 (very dissatisfied) to 5 (very
 * satisfied): the procedure's information, the time taken, the officials' attitude, the result.
 */
public record Scores(Integer information, Integer timeliness, Integer attitude, Integer result) {

    public Scores {
        check("information", information);
        check("timeliness", timeliness);
        check("attitude", attitude);
        check("result", result);
    }

    private static void check(String field, Integer score) {
        if (score == null || score < 1 || score > 5) {
            throw new InvalidInputException(field, "feedback.survey.score");
        }
    }

    public BigDecimal average() {
        return BigDecimal.valueOf(information + timeliness + attitude + result).divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
    }

    /** Hài lòng: satisfied or very satisfied on average. */
    public boolean satisfied() {
        return information + timeliness + attitude + result >= 16;
    }
}
