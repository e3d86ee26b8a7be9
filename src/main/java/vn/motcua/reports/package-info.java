/**
 * The report document (văn bản báo cáo): its composition in the format of Decree 30/2020/NĐ-CP, the
 * narrative with figure placeholders and footnotes, and its rendering as Word with the appendix.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports",
        allowedDependencies = { "shared", "audit", "accounts", "units", "dossiers", "tasks", "feedback", "investment", "indicators", "documents", "serviceindex",
                "reformindex" })
package vn.motcua.reports;
