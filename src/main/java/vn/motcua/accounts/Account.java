package vn.motcua.accounts;

import java.util.Set;

/** Tài khoản as administrators see it. agencyCode is null for the installation's system administrator. */
public record Account(long id, String username, String fullName, String agencyCode, String agencyName, String unitCode,
        Set<Role> roles, boolean enabled, int version) {
}
