/**
 * The catalogue of administrative procedures (thủ tục hành chính, TTHC): what citizens can apply
 * for, how each is processed, its history of decisions, its import and export, and the catalogue
 * measures the reform report counts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Procedures",
        allowedDependencies = { "shared", "audit", "units", "calendar", "documents" })
package vn.motcua.procedures;
