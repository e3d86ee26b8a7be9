package vn.motcua.accounts;

import java.util.Set;

/** What an administrator gives to create an account. */
public record NewAccount(String username, String fullName, String password, String agencyCode, Set<Role> roles) {
}
