package vn.motcua.accounts;

import java.time.OffsetDateTime;
import java.util.Set;

/** Tài khoản as administrators see it. agencyCode is null for the installation's system administrator. */
public record Account(long id, String username, String fullName, String agencyCode, String agencyName, String unitCode,
        Set<Role> roles, boolean enabled, OffsetDateTime lockedUntil, int version) {
}
