package vn.motcua.dossiers.core;

import java.time.Instant;
import java.util.List;

import vn.motcua.dossiers.Applicant;
import vn.motcua.dossiers.Channel;
import vn.motcua.dossiers.ChecklistItem;

/**
 * What a dossier is, fixed when it is received and never changed by an action: its code, the
 * receiving agency and its unit, the procedure version it is received under, how it came in, who
 * filed it with which papers, the fees due, and when.
 */
public record DossierFacts(String code, long agencyId, long unitId, String procedureCode, long procedureVersionId,
        String fieldCode, Channel channel, Applicant applicant, List<ChecklistItem> checklist, long feeDue, Instant receivedAt) {

    public DossierFacts {
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
    }

    /** The same facts under the code given when the number is reserved (a batch of past dossiers gets its codes last). */
    public DossierFacts withCode(String givenCode) {
        return new DossierFacts(givenCode, agencyId, unitId, procedureCode, procedureVersionId, fieldCode, channel, applicant,
                checklist, feeDue, receivedAt);
    }
}
