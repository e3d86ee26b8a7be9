package vn.motcua.reformindex;

/** Where a unit's scorecard stands: being filled in, sent to the province, appraised, published with the ranking. */
public enum ScorecardStatus {
    DRAFT, SUBMITTED, APPRAISED, PUBLISHED;

    /** The unit may still change its own scores and evidence. */
    public boolean openToTheUnit() {
        return this == DRAFT;
    }

    /** The province may still change the appraisal. */
    public boolean underAppraisal() {
        return this == SUBMITTED || this == APPRAISED;
    }
}
