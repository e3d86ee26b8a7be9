package vn.motcua.feedback;

import java.time.Instant;

/** One answer to the satisfaction survey. */
public record SurveyAnswer(long id, String agencyCode, String agencyName, String dossierCode, SurveyForm form, Scores scores,
        String comment, Instant answeredAt, String enteredBy) {
}
