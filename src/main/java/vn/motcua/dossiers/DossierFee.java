package vn.motcua.dossiers;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Phí, lệ phí của hồ sơ: what the dossier's procedure version charges, what was paid so far, whether
 * the procedure takes payment online, and who and what a payment receipt names. The applicant is
 * whole: only the applicant's own reach and the payment gateway's notification read it.
 */
public record DossierFee(String code, long agencyId, long unitId, String agencyName, String procedureCode, String procedureName,
        Applicant applicant, long due, long paid, boolean payableOnline, DossierStatus status) {

    @JsonProperty
    public long outstanding() {
        return Math.max(0, due - paid);
    }

    /** A fee can be paid while the dossier is handled or its result waits: not once it was refused, withdrawn or stopped. */
    @JsonIgnore
    public boolean accepting() {
        return status.after(ActionKind.RECORD_PAYMENT).isPresent();
    }
}
