/**
 * Reform reporting (báo cáo cải cách hành chính): indicator templates and their versions, periods
 * and their data windows, figures computed from the operational modules' measures or entered by
 * the units, validation rules, consolidation up the hierarchy and approval.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators", allowedDependencies = { "shared", "audit", "units", "procedures", "dossiers", "tasks", "feedback" })
package vn.motcua.indicators;
