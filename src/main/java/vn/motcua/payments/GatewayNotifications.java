package vn.motcua.payments;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.motcua.audit.AuditTrail;
import vn.motcua.dossiers.DossierFee;
import vn.motcua.dossiers.FeePayments;
import vn.motcua.payments.internal.FeeOrderRows;
import vn.motcua.payments.internal.FeeOrderRows.StoredOrder;
import vn.motcua.payments.internal.MerchantRows;
import vn.motcua.payments.internal.PaymentReceipts;
import vn.motcua.payments.internal.VnpayProtocol;
import vn.motcua.portal.SubmissionActed;
import vn.motcua.portal.SubmissionStatus;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.SystemActor;

/**
 * IPN: the gateway's server-to-server notification of an order's outcome — the only thing that marks a
 * fee paid. Checked in the order VNPAY's guide gives: the signature with the merchant's secret (97),
 * the order reference (01), the amount against the order's (04), an order not confirmed before (02);
 * then a successful payment is recorded on the dossier through its lifecycle, the receipt issued and
 * {@link PaymentReceived} published, all in one transaction with the order's row locked, so a repeated
 * notification finds it confirmed. A submission's fee paid before the desk received it is recorded on
 * the dossier here too, when the desk receives it. Every refusal is kept in the audit trail. No person sends it, so it
 * acts as the system.
 */
@Service
public class GatewayNotifications {

    /** The answer the gateway expects, by its field names. */
    public record Answer(@JsonProperty("RspCode") String rspCode, @JsonProperty("Message") String message) {

        static final Answer CONFIRMED = new Answer("00", "Confirm Success");
        static final Answer ORDER_NOT_FOUND = new Answer("01", "Order not found");
        static final Answer ALREADY_CONFIRMED = new Answer("02", "Order already confirmed");
        static final Answer INVALID_AMOUNT = new Answer("04", "invalid amount");
        static final Answer INVALID_SIGNATURE = new Answer("97", "Invalid signature");
        static final Answer UNKNOWN = new Answer("99", "Unknow error");
    }

    private static final Logger log = LoggerFactory.getLogger(GatewayNotifications.class);
    private static final String GATEWAY = "VNPAY";

    private final MerchantRows merchants;
    private final FeeOrderRows orders;
    private final FeePayments fees;
    private final PaymentReceipts receipts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final MotCuaZone zone;

    GatewayNotifications(MerchantRows merchants, FeeOrderRows orders, FeePayments fees, PaymentReceipts receipts, AuditTrail audit,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock, MotCuaZone zone) {
        this.merchants = merchants;
        this.orders = orders;
        this.fees = fees;
        this.receipts = receipts;
        this.audit = audit;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.zone = zone;
    }

    /** The notification's fields as the gateway sent them (its query); the answer to give it. */
    public Answer confirm(Map<String, String> fields) {
        try {
            return transaction.execute(status -> SystemActor.call(() -> check(fields)));
        } catch (RuntimeException e) {
            // Nothing of it was stored; the gateway sends the notification again.
            log.error("Payment notification for order {} failed", fields.get("vnp_TxnRef"), e);
            return Answer.UNKNOWN;
        }
    }

    private Answer check(Map<String, String> fields) {
        String reference = fields.getOrDefault("vnp_TxnRef", "");
        String merchantCode = fields.getOrDefault("vnp_TmnCode", "");
        var merchant = merchants.byMerchantCode(merchantCode);
        if (merchant.isEmpty() || merchant.get().secret().isEmpty() || !VnpayProtocol.verified(fields, merchant.get().secret())) {
            return refused(reference, Answer.INVALID_SIGNATURE, fields);
        }
        StoredOrder order = orders.lock(reference).filter(o -> o.merchantCode().equals(merchantCode)).orElse(null);
        if (order == null) {
            return refused(reference, Answer.ORDER_NOT_FOUND, fields);
        }
        if (!String.valueOf(order.amount() * 100).equals(fields.get("vnp_Amount"))) {
            return refused(reference, Answer.INVALID_AMOUNT, fields);
        }
        if (!order.status().equals("PENDING")) {
            return refused(reference, Answer.ALREADY_CONFIRMED, fields);
        }
        Instant now = clock.instant();
        String transactionNo = fields.get("vnp_TransactionNo");
        String responseCode = fields.get("vnp_ResponseCode");
        if (!"00".equals(responseCode) || !"00".equals(fields.get("vnp_TransactionStatus"))) {
            orders.failed(order.id(), now, transactionNo, responseCode);
            audit.record("payment.failed", "fee-order", reference, "Cổng thanh toán báo giao dịch không thành công (mã " + responseCode + ")",
                    null, Map.of("dossier", order.dossierCode(), "responseCode", String.valueOf(responseCode)));
            return Answer.CONFIRMED;
        }
        Instant paidAt = VnpayProtocol.instant(fields.getOrDefault("vnp_PayDate", "")).orElse(now);
        String receiptNumber = orders.nextReceiptNumber(paidAt.atZone(zone.id()).getYear());
        orders.paid(order.id(), now, transactionNo, fields.get("vnp_BankCode"), responseCode, receiptNumber);
        PaymentReceipts.Receipt receipt;
        if (order.dossierCode() != null) {
            DossierFee fee = fees.recordOnline(order.dossierCode(), order.amount(), transactionNo, GATEWAY);
            receipt = PaymentReceipts.Receipt.of(receiptNumber, fee, order.amount(), transactionNo, fields.get("vnp_BankCode"), paidAt);
        } else {
            // Paid before the desk received the submission: the desk's receipt records it on the dossier it becomes.
            receipt = new PaymentReceipts.Receipt(receiptNumber, SubmissionFees.subject(order.submissionId()), order.payer(),
                    order.amount(), transactionNo, fields.get("vnp_BankCode"), paidAt);
        }
        orders.receipt(order.id(), receipts.issue(receipt).id());
        audit.record("payment.received", "fee-order", reference, "Đã nhận phí hồ sơ " + receipt.subject() + " qua " + GATEWAY,
                null, Map.of("dossier", receipt.subject(), "amount", order.amount(), "transactionNo", String.valueOf(transactionNo),
                        "receipt", receiptNumber));
        events.publishEvent(new PaymentReceived(reference, receipt.subject(), order.submissionId(), order.amount(), transactionNo,
                receiptNumber, paidAt, receipt.payer().agencyName(), receipt.payer().procedureName(), receipt.payer().applicant()));
        return Answer.CONFIRMED;
    }

    /**
     * The desk received the submission: its orders now belong to the dossier it became, and a paid one is
     * recorded on it. In the desk's transaction: received and paid commit together or not at all. An
     * order still pending is recorded by its notification, which finds it on the dossier. The payment is
     * this class's to record, as the system: the clerk receiving the submission does not record it.
     */
    @EventListener
    void received(SubmissionActed acted) {
        if (acted.status() != SubmissionStatus.RECEIVED || acted.dossierCode() == null) {
            return;
        }
        for (StoredOrder order : orders.lockOfSubmission(acted.submissionId())) {
            if (order.dossierCode() != null) {
                continue;
            }
            orders.dossierOf(order.id(), acted.dossierCode());
            if (order.status().equals("PAID")) {
                // The gateway's verified notification confirmed it earlier; no person records an online payment.
                SystemActor.call(() -> fees.recordOnline(acted.dossierCode(), order.amount(), order.transactionNo(), GATEWAY));
                audit.record("payment.moved-to-dossier", "fee-order", order.reference(), "Ghi nhận phí đã nộp trực tuyến của hồ sơ "
                        + SubmissionFees.subject(acted.submissionId()) + " vào hồ sơ " + acted.dossierCode(), null,
                        Map.of("submission", acted.submissionId(), "dossier", acted.dossierCode(), "amount", order.amount(),
                                "transactionNo", String.valueOf(order.transactionNo())));
            }
        }
    }

    private Answer refused(String reference, Answer answer, Map<String, String> fields) {
        // A forged notification may carry anything as its reference: the trail keeps its first characters.
        audit.record("payment.notification-refused", "fee-order", reference.length() > 40 ? reference.substring(0, 40) : reference,
                "Từ chối thông báo thanh toán: " + answer.message() + " (" + answer.rspCode() + ")", null,
                Map.of("rspCode", answer.rspCode(), "amount", String.valueOf(fields.get("vnp_Amount")), "merchant",
                        String.valueOf(fields.get("vnp_TmnCode"))));
        return answer;
    }
}
