package vn.motcua.payments;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.files.FileStore;
import vn.motcua.files.StoredFile;
import vn.motcua.payments.internal.FeeOrderRows;
import vn.motcua.payments.internal.FeeOrderRows.StoredOrder;
import vn.motcua.payments.internal.MerchantRows;
import vn.motcua.portal.PaidSubmissions;
import vn.motcua.portal.Submission;
import vn.motcua.portal.Submissions;
import vn.motcua.procedures.ProcedureCatalog;
import vn.motcua.procedures.ProcedureContent;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.NotFoundException;
import vn.motcua.units.Agency;
import vn.motcua.units.PublicRegister;

/**
 * Nộp phí khi nộp hồ sơ trực tuyến: a citizen pays a submission's fee before the desk receives it. The
 * order goes to the same gateway and only the gateway's verified notification marks it paid
 * ({@link GatewayNotifications}); the receipt names the submission. When the desk receives the
 * submission, {@link GatewayNotifications} records a paid order on the dossier it became. A submission refused or withdrawn after payment is
 * refunded by the agency, outside MotCua.
 */
@Service
public class SubmissionFees implements PaidSubmissions {

    private final Submissions submissions;
    private final ProcedureCatalog catalog;
    private final FeeOrders gateway;
    private final FeeOrderRows orders;
    private final PublicRegister register;
    private final FileStore files;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    SubmissionFees(Submissions submissions, ProcedureCatalog catalog, FeeOrders gateway, FeeOrderRows orders, PublicRegister register,
            FileStore files, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.submissions = submissions;
        this.catalog = catalog;
        this.gateway = gateway;
        this.orders = orders;
        this.register = register;
        this.files = files;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** How a submission is named before it has a dossier code, as its notices name it. */
    static String subject(long submissionId) {
        return "TT-" + submissionId;
    }

    /** The fee of one of the signed-in citizen's submissions; another's is as unknown as one that does not exist. */
    @PreAuthorize("hasRole('CITIZEN')")
    @Override
    @Transactional(readOnly = true)
    public boolean gatewayReady(String agencyCode) {
        return register.agency(agencyCode).map(a -> gateway.configured(gateway.province(a.unitId()))).orElse(false);
    }

    @Transactional(readOnly = true)
    public SubmissionFeeStatement ofSubmission(long id) {
        return statement(submissions.get(id));
    }

    /**
     * Starts paying the fee of the citizen's submission waiting at the desk: the order, and the gateway's
     * signed address. Refused once the desk decided, when nothing is due, the procedure takes no payment
     * online, the province has no gateway, or an earlier order still waits for the gateway.
     */
    @PreAuthorize("hasRole('CITIZEN')")
    @Transactional
    public String start(long id, String clientIp) {
        Submission submission = submissions.get(id);
        SubmissionFeeStatement statement = statement(submission);
        if (!statement.open()) {
            throw new ConflictException("payments.submission-closed", subject(id));
        }
        if (statement.outstanding() <= 0) {
            throw new ConflictException("payments.nothing-due", subject(id));
        }
        if (!statement.payableOnline()) {
            throw new ConflictException("payments.not-online", submission.procedureName());
        }
        Agency agency = agency(submission);
        String province = gateway.province(agency.unitId());
        MerchantRows.Account merchant = gateway.merchant(province);
        gateway.refuseWhileWaiting(orders.lockOfSubmission(id));
        FeeOrders.Opening opening = gateway.opening();
        orders.insertForSubmission(opening.id(), opening.reference(), id, agency.id(), province, merchant.merchantCode(),
                statement.outstanding(), currentUser.require().accountId(), opening.at(), opening.expires(),
                new FeeOrderRows.Payer(submission.applicant(), submission.procedureCode(), submission.procedureName(), submission.agencyName()));
        audit.record("payment.ordered", "fee-order", opening.reference(), "Nộp phí trực tuyến hồ sơ nộp trực tuyến " + subject(id), null,
                Map.of("submission", id, "amount", statement.outstanding()));
        // The gateway takes order information without diacritics.
        return gateway.redirect(merchant, opening, statement.outstanding(), "Nop phi le phi ho so " + subject(id), clientIp);
    }

    /** The electronic receipt of a paid order of the citizen's submission. */
    @PreAuthorize("hasRole('CITIZEN')")
    @Transactional(readOnly = true)
    public StoredFile receipt(long id, String reference) {
        submissions.get(id);
        Long fileId = orders.find(reference).filter(o -> Long.valueOf(id).equals(o.submissionId())).map(StoredOrder::receiptFileId)
                .orElseThrow(() -> new NotFoundException("payments.receipt.not-found", reference));
        return files.find(fileId).orElseThrow(() -> new NotFoundException("payments.receipt.not-found", reference));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> paidOnline(Collection<Long> submissionIds) {
        return Set.copyOf(orders.paidSubmissions(submissionIds));
    }

    private SubmissionFeeStatement statement(Submission submission) {
        ProcedureContent content = catalog.version(submission.procedureVersionId()).orElseThrow().content();
        List<FeeOrder> list = orders.ofSubmission(submission.id()).stream().map(o -> o.view(clock.instant())).toList();
        long paid = list.stream().filter(o -> o.status() == FeeOrderStatus.PAID).mapToLong(FeeOrder::amount).sum();
        boolean configured = gateway.configured(gateway.province(agency(submission).unitId()));
        return new SubmissionFeeStatement(submission.id(), subject(submission.id()), submission.procedureName(), submission.agencyName(),
                submission.status(), submission.dossierCode(), content.totalFees(), paid, content.onlinePayment(), list, configured);
    }

    private Agency agency(Submission submission) {
        return register.agency(submission.agencyCode()).orElseThrow(() -> new NotFoundException("portal.submission.not-found",
                submission.id()));
    }
}
