package vn.motcua.payments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.dossiers.DossierFee;
import vn.motcua.dossiers.DossierProcessing;
import vn.motcua.dossiers.FeePayments;
import vn.motcua.files.FileStore;
import vn.motcua.files.StoredFile;
import vn.motcua.payments.internal.FeeOrderRows;
import vn.motcua.payments.internal.FeeOrderRows.StoredOrder;
import vn.motcua.payments.internal.MerchantRows;
import vn.motcua.payments.internal.VnpayProtocol;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.VietnameseFormat;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitLevel;

/**
 * Nộp phí trực tuyến: a citizen pays a dossier's outstanding fees through the province's payment
 * gateway. Starting a payment writes a fee order and answers the gateway's signed address to send the
 * browser to; nothing is paid until the gateway's own notification confirms it
 * ({@link GatewayNotifications}). The browser's return is shown, never trusted. Staff who reach the
 * dossier see its orders and receipts too.
 */
@Service
public class FeeOrders {

    private final FeePayments fees;
    private final DossierProcessing processing;
    private final FeeOrderRows orders;
    private final MerchantRows merchants;
    private final PublicRegister register;
    private final FileStore files;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final VietnameseFormat format;
    private final Clock clock;
    private final Duration orderTime;
    private final String publicUrl;

    FeeOrders(FeePayments fees, DossierProcessing processing, FeeOrderRows orders, MerchantRows merchants, PublicRegister register,
            FileStore files, AuditTrail audit, CurrentUser currentUser, VietnameseFormat format, Clock clock,
            @Value("${motcua.payments.order-time:PT15M}") Duration orderTime, @Value("${motcua.public-url}") String publicUrl) {
        this.fees = fees;
        this.processing = processing;
        this.orders = orders;
        this.merchants = merchants;
        this.register = register;
        this.files = files;
        this.audit = audit;
        this.currentUser = currentUser;
        this.format = format;
        this.clock = clock;
        this.orderTime = orderTime;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The fees of one of the signed-in citizen's dossiers, with its online payments. */
    @PreAuthorize("hasRole('CITIZEN')")
    @Transactional(readOnly = true)
    public FeeStatement ofApplicant(String code) {
        return statement(fees.ofApplicant(code));
    }

    /** The fees of a dossier the signed-in staff member reaches, with its online payments. */
    @PreAuthorize("hasAnyRole('CLERK', 'SPECIALIST', 'LEADER', 'ADMIN')")
    @Transactional(readOnly = true)
    public FeeStatement ofDossier(String code) {
        return statement(fees.ofDossier(code));
    }

    /**
     * Starts paying the outstanding fees of the citizen's dossier: the order, and the gateway's signed
     * address the browser goes to. Refused when nothing is due, the procedure takes no payment online,
     * the province has no gateway, or an earlier order still waits for the gateway.
     */
    @PreAuthorize("hasRole('CITIZEN')")
    @Transactional
    public String start(String code, String clientIp) {
        DossierFee fee = fees.ofApplicant(code);
        if (!fee.accepting()) {
            throw new ConflictException("payments.dossier-closed", code);
        }
        // A dossier of a unit that has ended is kept for reference: no order that nothing would take up.
        processing.endedAgency(fee.agencyId()).ifPresent(ended -> {
            throw ended.refusal();
        });
        if (fee.outstanding() <= 0) {
            throw new ConflictException("payments.nothing-due", code);
        }
        if (!fee.payableOnline()) {
            throw new ConflictException("payments.not-online", fee.procedureName());
        }
        String province = province(fee.unitId());
        MerchantRows.Account merchant = merchant(province);
        refuseWhileWaiting(orders.ofDossier(code));
        Opening opening = opening();
        orders.insert(opening.id(), opening.reference(), code, fee.agencyId(), province, merchant.merchantCode(), fee.outstanding(),
                currentUser.require().accountId(), opening.at(), opening.expires());
        audit.record("payment.ordered", "fee-order", opening.reference(), "Nộp phí trực tuyến hồ sơ " + code, null,
                Map.of("dossier", code, "amount", fee.outstanding()));
        // The gateway takes order information without diacritics.
        return redirect(merchant, opening, fee.outstanding(), "Nop phi le phi ho so " + code, clientIp);
    }

    /** A new order: its id, its reference (vnp_TxnRef), when it is made and when the gateway's time for it ends. */
    record Opening(long id, String reference, Instant at, Instant expires) {
    }

    Opening opening() {
        Instant now = clock.instant();
        long id = orders.nextId();
        return new Opening(id, "MC" + VnpayProtocol.time(now).substring(0, 8) + String.format("%06d", id), now, now.plus(orderTime));
    }

    /** The province's merchant account; refused when the province has none. */
    MerchantRows.Account merchant(String province) {
        return merchants.ofProvince(province).filter(m -> !m.secret().isEmpty())
                .orElseThrow(() -> new ConflictException("payments.not-configured"));
    }

    boolean configured(String province) {
        return merchants.ofProvince(province).filter(m -> !m.secret().isEmpty()).isPresent();
    }

    /** A second payment is refused while an earlier order still waits for the gateway. */
    void refuseWhileWaiting(List<StoredOrder> earlier) {
        Instant now = clock.instant();
        Optional<FeeOrder> waiting = earlier.stream().map(o -> o.view(now)).filter(o -> o.status() == FeeOrderStatus.PENDING).findFirst();
        if (waiting.isPresent()) {
            throw new ConflictException("payments.pending", format.dateTime(waiting.get().expiresAt()));
        }
    }

    /** The gateway's signed address the browser goes to for the order. */
    String redirect(MerchantRows.Account merchant, Opening opening, long amount, String information, String clientIp) {
        String returnUrl = merchant.returnUrl() != null ? merchant.returnUrl() : publicUrl + "/citizen/payments/vnpay-return";
        return VnpayProtocol.redirect(merchant.gatewayUrl(), VnpayProtocol.payment(merchant.merchantCode(), amount, opening.reference(),
                information, returnUrl, clientIp == null ? "127.0.0.1" : clientIp, opening.at(), opening.expires()), merchant.secret());
    }

    /**
     * The browser back from the gateway: the order as the server knows it. A return not signed by the
     * gateway is shown as such; an order of another citizen is unknown.
     */
    @PreAuthorize("hasRole('CITIZEN')")
    @Transactional(readOnly = true)
    public PaymentReturn returned(Map<String, String> query) {
        String reference = query.getOrDefault("vnp_TxnRef", "");
        StoredOrder order = orders.find(reference).filter(o -> o.accountId() == currentUser.require().accountId())
                .orElseThrow(() -> new NotFoundException("payments.order.not-found", reference));
        FeeOrder view = order.view(clock.instant());
        boolean signed = merchants.byMerchantCode(order.merchantCode()).filter(m -> VnpayProtocol.verified(query, m.secret())).isPresent();
        if (!signed) {
            return new PaymentReturn(PaymentReturn.Outcome.INVALID, view);
        }
        return new PaymentReturn(switch (view.status()) {
            case PAID -> PaymentReturn.Outcome.PAID;
            case PENDING -> "00".equals(query.get("vnp_ResponseCode")) ? PaymentReturn.Outcome.AWAITING_CONFIRMATION
                    : PaymentReturn.Outcome.NOT_PAID;
            case FAILED, EXPIRED -> PaymentReturn.Outcome.NOT_PAID;
        }, view);
    }

    /** The electronic receipt of a paid order of the citizen's dossier. */
    @PreAuthorize("hasRole('CITIZEN')")
    @Transactional(readOnly = true)
    public StoredFile applicantReceipt(String code, String reference) {
        fees.ofApplicant(code);
        return receipt(code, reference);
    }

    /** The electronic receipt of a paid order of a dossier the staff member reaches. */
    @PreAuthorize("hasAnyRole('CLERK', 'SPECIALIST', 'LEADER', 'ADMIN')")
    @Transactional(readOnly = true)
    public StoredFile staffReceipt(String code, String reference) {
        fees.ofDossier(code);
        return receipt(code, reference);
    }

    private StoredFile receipt(String code, String reference) {
        Long fileId = orders.find(reference).filter(o -> o.dossierCode().equals(code)).map(StoredOrder::receiptFileId)
                .orElseThrow(() -> new NotFoundException("payments.receipt.not-found", reference));
        return files.find(fileId).orElseThrow(() -> new NotFoundException("payments.receipt.not-found", reference));
    }

    private FeeStatement statement(DossierFee fee) {
        Instant now = clock.instant();
        List<FeeOrder> list = orders.ofDossier(fee.code()).stream().map(o -> o.view(now)).toList();
        return new FeeStatement(fee, list, configured(province(fee.unitId())), processing.endedAgency(fee.agencyId()).isPresent());
    }

    /** The province the dossier's unit lies in, whose merchant account takes its fees. */
    String province(long unitId) {
        Optional<Unit> unit = register.unit(unitId);
        for (int depth = 0; unit.isPresent() && depth < 10; depth++) {
            if (unit.get().level() == UnitLevel.PROVINCE) {
                return unit.get().code();
            }
            unit = unit.get().parentId() == null ? Optional.empty() : register.unit(unit.get().parentId());
        }
        return "";
    }
}
