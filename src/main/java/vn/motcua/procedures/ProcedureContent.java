package vn.motcua.procedures;

import java.util.List;
import java.util.Optional;

import vn.motcua.calendar.WorkingDuration;
import vn.motcua.units.AgencyKind;
import vn.motcua.units.UnitLevel;

/**
 * What a procedure says at one time: everything a version holds, its e-form (tờ khai điện tử) included. Processing time is statutory in
 * working days or hours; the shortened time, where the province cut it, is the one deadlines use.
 * {@code separateApproval}: the result is approved by a leader who did not receive or handle the
 * dossier (phê duyệt bởi người khác người xử lý). {@code legalBases}: the căn cứ pháp lý, in the
 * catalogue's order; empty where not yet recorded.
 */
public record ProcedureContent(String name, String fieldCode, String fieldName, UnitLevel level, AgencyKind agencyKind,
        Integer processingDays, Integer processingHours, Integer shortenedDays, Integer shortenedHours, String resultKind,
        OnlineKind onlineKind, boolean oneStop, InterAgency interAgency, boolean onlinePayment, boolean anyLocation,
        boolean byPost, boolean internalProcessApproved, boolean internalProcessDigitized, List<Fee> fees,
        List<RequiredDocument> documents, List<ProcedureStep> steps, boolean separateApproval, List<FormField> formFields,
        List<LegalBasis> legalBases) {

    public ProcedureContent {
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
        fees = fees == null ? List.of() : List.copyOf(fees);
        documents = documents == null ? List.of() : List.copyOf(documents);
        steps = steps == null ? List.of() : List.copyOf(steps);
        formFields = formFields == null ? List.of() : List.copyOf(formFields);
        resultKind = resultKind == null ? "" : resultKind;
    }

    /** Content without a recorded legal basis (a version written before the catalogue kept one). */
    public ProcedureContent(String name, String fieldCode, String fieldName, UnitLevel level, AgencyKind agencyKind,
            Integer processingDays, Integer processingHours, Integer shortenedDays, Integer shortenedHours, String resultKind,
            OnlineKind onlineKind, boolean oneStop, InterAgency interAgency, boolean onlinePayment, boolean anyLocation,
            boolean byPost, boolean internalProcessApproved, boolean internalProcessDigitized, List<Fee> fees,
            List<RequiredDocument> documents, List<ProcedureStep> steps, boolean separateApproval, List<FormField> formFields) {
        this(name, fieldCode, fieldName, level, agencyKind, processingDays, processingHours, shortenedDays, shortenedHours,
                resultKind, onlineKind, oneStop, interAgency, onlinePayment, anyLocation, byPost, internalProcessApproved,
                internalProcessDigitized, fees, documents, steps, separateApproval, formFields, List.of());
    }

    /** The same content with these legal bases. */
    public ProcedureContent withLegalBases(List<LegalBasis> bases) {
        return new ProcedureContent(name, fieldCode, fieldName, level, agencyKind, processingDays, processingHours, shortenedDays,
                shortenedHours, resultKind, onlineKind, oneStop, interAgency, onlinePayment, anyLocation, byPost,
                internalProcessApproved, internalProcessDigitized, fees, documents, steps, separateApproval, formFields, bases);
    }

    /**
     * The required document a requirement id names: its 1-based position in the list, stable since a
     * version never changes once written.
     */
    public Optional<RequiredDocument> requirement(int id) {
        return id >= 1 && id <= documents.size() ? Optional.of(documents.get(id - 1)) : Optional.empty();
    }

    /**
     * The requirement (1-based) the e-form fills — its tờ khai: the first paper every applicant brings that has a form of its
     * own (mẫu), in a procedure with an e-form; 0 when there is none. Filed online, the e-form's answers are that paper, so
     * no file need be uploaded for it.
     */
    public int requirementAnsweredByEForm() {
        if (formFields.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < documents.size(); i++) {
            RequiredDocument document = documents.get(i);
            if (!document.optional() && document.form() != null && !document.form().isBlank()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Whether citizens can file it online (một phần or toàn trình). */
    public boolean offeredOnline() {
        return onlineKind == OnlineKind.PARTIAL || onlineKind == OnlineKind.FULL;
    }

    /** The time deadlines are counted with: the shortened one where there is one. */
    public WorkingDuration processingTime() {
        if (shortenedDays != null) {
            return WorkingDuration.days(shortenedDays);
        }
        if (shortenedHours != null) {
            return WorkingDuration.hours(shortenedHours);
        }
        return processingDays != null ? WorkingDuration.days(processingDays) : WorkingDuration.hours(processingHours);
    }

    public WorkingDuration statutoryTime() {
        return processingDays != null ? WorkingDuration.days(processingDays) : WorkingDuration.hours(processingHours);
    }

    public boolean shortened() {
        return shortenedDays != null || shortenedHours != null;
    }

    public long totalFees() {
        return fees.stream().mapToLong(Fee::amount).sum();
    }
}
