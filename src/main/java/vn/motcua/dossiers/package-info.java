/**
 * The one-stop desk (Bộ phận Một cửa): dossiers (hồ sơ) from intake through the internal steps to
 * the returned and published result, their deadlines and apologies, the citizen's status page,
 * the import of past records, and the dossier measures the reform report counts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers", allowedDependencies = { "shared", "accounts", "audit", "units", "calendar", "procedures", "documents", "files" })
package vn.motcua.dossiers;
