/**
 * The investment climate: investors' projects with their milestones and progress, flags for those
 * behind schedule or stalled and the recovery procedure; development capital mobilised against the
 * year's plan; new enterprises; market inspections with violations by kind; the public page of
 * investment opportunities. Publishes the figures of section II.7 of the reform report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Investment", allowedDependencies = { "shared", "audit", "units" })
package vn.motcua.investment;
