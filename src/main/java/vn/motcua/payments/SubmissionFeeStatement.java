package vn.motcua.payments;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.motcua.portal.SubmissionStatus;

/**
 * A submission's fee before the desk receives it: what its procedure charges, what was paid online, the
 * orders sent to the gateway (newest first), and the dossier it became once received. Paid and then
 * refused or withdrawn, the agency owes the citizen a refund.
 */
public record SubmissionFeeStatement(long submissionId, String reference, String procedureName, String agencyName,
        SubmissionStatus status, String dossierCode, long due, long paid, boolean payableOnline, List<FeeOrder> orders,
        boolean gatewayConfigured) {

    public SubmissionFeeStatement {
        orders = List.copyOf(orders);
    }

    @JsonProperty
    public long outstanding() {
        return Math.max(0, due - paid);
    }

    /** Still at the desk or sent back for completion: the fee can be paid before it is received. */
    @JsonProperty
    public boolean open() {
        return status == SubmissionStatus.SUBMITTED || status == SubmissionStatus.COMPLETION_REQUESTED;
    }

    @JsonProperty
    public Optional<FeeOrder> pending() {
        return orders.stream().filter(o -> o.status() == FeeOrderStatus.PENDING).findFirst();
    }

    @JsonProperty
    public boolean payable() {
        return gatewayConfigured && payableOnline && open() && outstanding() > 0 && pending().isEmpty();
    }

    /** Paid online, then refused or withdrawn: the agency refunds the fee (MotCua does not send money back by itself). */
    @JsonProperty
    public boolean refundDue() {
        return paid > 0 && (status == SubmissionStatus.REFUSED || status == SubmissionStatus.WITHDRAWN);
    }
}
