package vn.motcua.accounts;

import java.time.Instant;

/**
 * Hồ sơ công dân: who a citizen account is — name, citizen ID (số định danh cá nhân, 12 digits),
 * phone and e-mail (either may be null when the identity platform did not give it), the enterprise
 * the citizen acts for (tax code and name, both or neither), the address and the commune of today's
 * register where the citizen lives (null until given), and when the account was confirmed.
 */
public record CitizenProfile(long accountId, String username, String fullName, String idNumber, String phone, String email,
        String enterpriseTaxCode, String enterpriseName, String address, String communeCode, String communeName,
        Instant confirmedAt) {

    /** Confirmed by a one-time code sent to the e-mail, or vouched for by the identity platform: only then may it submit. */
    public boolean confirmed() {
        return confirmedAt != null;
    }

    /** Whether the citizen acts for an enterprise (its legal representative or authorised person). */
    public boolean actsForEnterprise() {
        return enterpriseTaxCode != null;
    }
}
