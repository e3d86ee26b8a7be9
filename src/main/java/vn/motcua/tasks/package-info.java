/**
 * Reform plans, documents, tasks and inspections (kế hoạch, văn bản, nhiệm vụ, kiểm tra): what was
 * planned, who does it, what is done and what is late, and the figures of rows 1.1–1.3 and 5.4.2.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks", allowedDependencies = { "shared", "audit", "units" })
package vn.motcua.tasks;
