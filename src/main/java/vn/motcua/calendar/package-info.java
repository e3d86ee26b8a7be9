/**
 * The one working-day calendar of the system: the Vietnamese lunar calendar, public holidays by
 * rule, yearly overrides, office hours, and deadline arithmetic in working days and hours.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar", allowedDependencies = { "shared", "audit" })
package vn.motcua.calendar;
