/**
 * Cổng dịch vụ công: the public-service portal — citizens' own pages, registering and confirming a
 * citizen account, linking a person signed in at the identity platform (OIDC) to their account, and
 * the citizen's dossiers (Hồ sơ của tôi). The accounts themselves and their profiles are the
 * accounts module's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal", allowedDependencies = { "shared", "accounts", "audit" })
package vn.motcua.portal;
