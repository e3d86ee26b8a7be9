package vn.motcua.portal;

import java.util.Map;

import vn.motcua.dossiers.Applicant;
import vn.motcua.dossiers.ReturnChannel;

/**
 * What the citizen fills in: the procedure, the agency that receives it, the applicant (filled from
 * the citizen's profile and editable — a citizen may act for an enterprise), the answers to the
 * procedure's e-form by field key, and how the result should come back.
 */
public record SubmissionDraft(String procedureCode, String agencyCode, Applicant applicant, Map<String, String> form,
        ReturnChannel returnChannel) {

    public SubmissionDraft {
        form = form == null ? Map.of() : form;
    }
}
