/**
 * Chỉ số cải cách hành chính: the province's index sets per year and kind of unit (fields, criteria and
 * their scoring rules, as data), each unit's self-assessment with its evidence, the province's appraisal,
 * the survey part, the classification and the ranking. Criteria scored from the records read the
 * operational modules' measures through the indicators' registry; evidence is a document of the task
 * register or a file kept by {@code files}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reform index",
        allowedDependencies = { "shared", "units", "audit", "files", "tasks", "indicators", "documents" })
package vn.motcua.reformindex;
