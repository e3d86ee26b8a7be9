/**
 * Accounts (tài khoản), their roles and agency, sign-in with throttling, and the first
 * administrator of a new installation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = { "shared", "audit", "units" })
package vn.motcua.accounts;
