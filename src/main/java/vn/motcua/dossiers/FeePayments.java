package vn.motcua.dossiers;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossiers.core.DossierLifecycle;
import vn.motcua.dossiers.internal.ApplicantReach;
import vn.motcua.dossiers.internal.DossierActs;
import vn.motcua.dossiers.internal.DossierReach;
import vn.motcua.dossiers.internal.DossierStore;
import vn.motcua.dossiers.internal.ProcedureVersions;
import vn.motcua.dossiers.internal.StoredDossier;
import vn.motcua.procedures.ProcedureContent;
import vn.motcua.shared.NotFoundException;
import vn.motcua.units.PublicRegister;

/**
 * Thu phí trực tuyến on the dossier's side: the fee a dossier owes, as its applicant or the staff who
 * reach it read it, and the payment the gateway confirmed, recorded through the same lifecycle as a
 * payment at the counter (RECORD_PAYMENT), with the method {@code ONLINE} that only this path writes.
 */
@Service
public class FeePayments {

    private final DossierStore store;
    private final ApplicantReach applicants;
    private final DossierReach reach;
    private final DossierActs acts;
    private final ProcedureVersions versions;
    private final PublicRegister register;

    FeePayments(DossierStore store, ApplicantReach applicants, DossierReach reach, DossierActs acts, ProcedureVersions versions,
            PublicRegister register) {
        this.store = store;
        this.applicants = applicants;
        this.reach = reach;
        this.acts = acts;
        this.versions = versions;
        this.register = register;
    }

    /** The fee of one of the signed-in citizen's dossiers; another's is as unknown as one that does not exist. */
    @PreAuthorize("hasRole('CITIZEN')")
    @Transactional(readOnly = true)
    public DossierFee ofApplicant(String code) {
        return fee(applicants.owned(store.find(code), code), true);
    }

    /** The fee of a dossier the signed-in staff member reaches. */
    @PreAuthorize("hasAnyRole('CLERK', 'SPECIALIST', 'LEADER', 'ADMIN')")
    @Transactional(readOnly = true)
    public DossierFee ofDossier(String code) {
        StoredDossier dossier = store.find(code).orElseThrow(() -> new NotFoundException("dossiers.not-found", code));
        reach.check(dossier);
        // The fee page names no applicant: whoever reaches the dossier reads its fees, its personal data only on its own page.
        return fee(dossier, false);
    }

    /**
     * Records a payment the gateway confirmed, by its transaction number, on the dossier's history: the
     * dossier's page, its fees and the payment figures move as with a counter payment. Called only
     * from the gateway's verified notification, which no person sends.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public DossierFee recordOnline(String code, long amount, String transactionNo, String gateway) {
        StoredDossier dossier = store.lock(code).orElseThrow(() -> new NotFoundException("dossiers.not-found", code));
        acts.act(dossier, new ActionRequest(ActionKind.RECORD_PAYMENT, null, null, null, null, null, null, amount,
                DossierLifecycle.ONLINE_PAYMENT, transactionNo, null), gateway);
        return fee(store.find(code).orElseThrow(), true);
    }

    private DossierFee fee(StoredDossier dossier, boolean applicantShown) {
        var facts = dossier.facts();
        ProcedureContent content = versions.get(facts.procedureVersionId()).content();
        String agencyName = register.agency(facts.agencyId()).map(a -> a.name()).orElse("");
        return new DossierFee(facts.code(), facts.agencyId(), facts.unitId(), agencyName, facts.procedureCode(), content.name(),
                applicantShown ? facts.applicant() : facts.applicant().masked(), facts.feeDue(), dossier.summary().paid(), content.onlinePayment(), dossier.summary().status());
    }
}
