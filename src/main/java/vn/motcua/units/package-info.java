/**
 * Administrative units (đơn vị hành chính) of any number of tiers with their validity and
 * successions, the agencies (cơ quan, đơn vị) that belong to them, and the unit scope that
 * decides what an account may reach.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Units", allowedDependencies = { "shared", "audit" })
package vn.motcua.units;
