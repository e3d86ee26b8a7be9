package vn.motcua.payments;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.motcua.dossiers.DossierFee;

/**
 * A dossier's fees and its online payments: what is due and paid, the orders sent to the gateway,
 * newest first, and whether the citizen can pay online now.
 */
public record FeeStatement(DossierFee fee, List<FeeOrder> orders, boolean gatewayConfigured, boolean agencyEnded) {

    public FeeStatement {
        orders = List.copyOf(orders);
    }

    /** The order still waiting for the gateway's notification, if there is one. */
    @JsonProperty
    public Optional<FeeOrder> pending() {
        return orders.stream().filter(o -> o.status() == FeeOrderStatus.PENDING).findFirst();
    }

    /**
     * Whether the citizen is offered to pay online: fees outstanding, accepted online, a gateway configured, nothing waiting,
     * and the agency still at work (a dossier of a unit that has ended is kept for reference only).
     */
    @JsonProperty
    public boolean payable() {
        return gatewayConfigured && !agencyEnded && fee.payableOnline() && fee.accepting() && fee.outstanding() > 0 && pending().isEmpty();
    }
}
