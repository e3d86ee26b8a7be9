/**
 * Cổng dịch vụ công: the public-service portal — citizens' own pages, registering and confirming a
 * citizen account, linking a person signed in at the identity platform (OIDC) to their account, the
 * citizen's online submissions (hồ sơ nộp trực tuyến) with the answers to the procedure's e-form and
 * the documents they attach, the desk's intake of those submissions (a received one becomes a dossier
 * through the dossiers module), and the citizen's dossiers (Hồ sơ của tôi). The accounts themselves
 * and their profiles are the accounts module's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal",
        allowedDependencies = { "shared", "audit", "accounts", "units", "calendar", "procedures", "dossiers", "files", "documents" })
package vn.motcua.portal;
