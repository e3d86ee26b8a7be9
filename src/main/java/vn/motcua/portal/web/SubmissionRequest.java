package vn.motcua.portal.web;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import vn.motcua.dossiers.Applicant;
import vn.motcua.dossiers.ReturnChannel;
import vn.motcua.portal.SubmissionDraft;

/** The body of POST and PUT /api/v1/citizen/submissions. */
record SubmissionRequest(@Size(max = 30) String procedureCode, @Size(max = 40) String agencyCode, @Valid ApplicantRequest applicant,
        @Size(max = 60) Map<String, @Size(max = 1000) String> form, ReturnChannel returnChannel) {

    record ApplicantRequest(@Size(max = 200) String name, @Size(max = 12) String idNumber, @Size(max = 14) String taxCode,
            @Size(max = 20) String phone, @Size(max = 200) String email, @Size(max = 500) String address) {
    }

    SubmissionDraft draft() {
        Applicant person = applicant == null ? null
                : new Applicant(applicant.name(), applicant.idNumber(), applicant.taxCode(), applicant.phone(), applicant.email(),
                        applicant.address());
        return new SubmissionDraft(procedureCode, agencyCode, person, form, returnChannel);
    }
}
