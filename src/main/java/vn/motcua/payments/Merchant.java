package vn.motcua.payments;

import java.time.Instant;

/**
 * The province's merchant account at the payment gateway as administrators see it: the province, the
 * merchant code (vnp_TmnCode), the gateway's payment address and the address the citizen's browser
 * comes back to. The secret is never shown back, only whether one is set.
 */
public record Merchant(String provinceCode, String merchantCode, String gatewayUrl, String returnUrl, boolean secretSet,
        Instant updatedAt, String updatedBy) {
}
