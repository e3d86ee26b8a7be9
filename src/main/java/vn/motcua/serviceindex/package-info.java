/**
 * Bộ chỉ số phục vụ người dân, doanh nghiệp (Decision 766/QĐ-TTg): the index sets as versioned data, each
 * unit's score for a window computed live from the operational modules' measures through the
 * indicators' registry, the ranking of the units below and the trend over quarters.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service index",
        allowedDependencies = { "shared", "units", "indicators" })
package vn.motcua.serviceindex;
