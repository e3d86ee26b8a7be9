package vn.motcua.reformindex;

import java.math.BigDecimal;
import java.util.List;

/**
 * One criterion of a scorecard: for a computed one the figure read from the records and the points it
 * earns, for a judged one the unit's score, comment and evidence; then the province's appraisal and
 * the unit's one answer to it.
 */
public record CriterionLine(Criterion criterion, BigDecimal figure, BigDecimal selfScore, String comment,
        BigDecimal appraisedScore, String appraisalReason, String answer, List<Evidence> evidence) {

    public enum State {
        /** nothing given yet, or the evidence the set requires is missing */
        MISSING, SCORED, APPRAISED, CHANGED, ANSWERED
    }

    /** The score that counts: the province's once it appraised, the unit's before. */
    public BigDecimal score() {
        return appraisedScore != null ? appraisedScore : selfScore;
    }

    /** What the unit still owes before it may submit: a score, or the evidence the set requires. */
    public boolean lacksScore() {
        return selfScore == null;
    }

    public boolean lacksEvidence() {
        return !criterion.computed() && criterion.evidenceRequired() && evidence.isEmpty();
    }

    public State state() {
        if (answer != null) {
            return State.ANSWERED;
        }
        if (appraisedScore != null) {
            return selfScore != null && appraisedScore.compareTo(selfScore) == 0 ? State.APPRAISED : State.CHANGED;
        }
        return lacksScore() || lacksEvidence() ? State.MISSING : State.SCORED;
    }
}
