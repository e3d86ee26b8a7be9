/** The audit trail every module writes to: who changed what, when, before and after; searchable by administrators. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "shared" })
package vn.motcua.audit;
