package vn.motcua.indicators;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.indicators.ReportStatus.Transition;
import vn.motcua.indicators.internal.ApprovalRule;
import vn.motcua.indicators.internal.ReportCompiler;
import vn.motcua.indicators.internal.ReportFindings;
import vn.motcua.indicators.internal.ReportStore;
import vn.motcua.indicators.internal.ReportStore.Approved;
import vn.motcua.indicators.internal.ReportStore.StoredReport;
import vn.motcua.indicators.internal.ReportTarget;
import vn.motcua.indicators.internal.ReportTargets;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.ReportingPeriods;
import vn.motcua.shared.VietnameseFormat;

/**
 * Gửi và duyệt báo cáo: the unit submits its report upward (ReportSubmitted: the narrative is kept as it
 * went up), and its superior returns it with a comment or approves it, which freezes its figures as they
 * were approved. Which transition a
 * report allows is its status's to say.
 */
@Service
public class ReportApproval {

    private final ReportTargets targets;
    private final ReportStore reports;
    private final ReportCompiler compiler;
    private final ReportFindings findings;
    private final ApprovalRule approvalRule;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final MotCuaZone zone;
    private final ReportingPeriods periods;
    private final VietnameseFormat format;
    private final ObjectProvider<SubmissionCheck> submissionChecks;
    private final ApplicationEventPublisher events;

    ReportApproval(ReportTargets targets, ReportStore reports, ReportCompiler compiler, ReportFindings findings, ApprovalRule approvalRule,
            CurrentUser currentUser, AuditTrail audit, Clock clock, MotCuaZone zone, ReportingPeriods periods, VietnameseFormat format,
            ObjectProvider<SubmissionCheck> submissionChecks, ApplicationEventPublisher events) {
        this.events = events;
        this.submissionChecks = submissionChecks;
        this.approvalRule = approvalRule;
        this.zone = zone;
        this.periods = periods;
        this.format = format;
        this.targets = targets;
        this.reports = reports;
        this.compiler = compiler;
        this.findings = findings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Submits upward; refused with the errors (422) while validation of the report as it stands finds any,
     * a required row is blank, or a part another module owns (the narrative) is incomplete.
     */
    @PreAuthorize("hasAnyRole('REPORTER', 'REFORM_OFFICER', 'LEADER', 'ADMIN')")
    @Transactional
    public Report submit(String templateCode, String periodName, String unitCode) {
        ReportTarget target = targets.resolve(templateCode, periodName, unitCode);
        StoredReport report = reports.lockOrCreate(target.template().id(), target.period().name(), target.unit().id());
        ReportStatus next = report.status().after(Transition.SUBMIT);
        ReportCompiler.Compiled compiled = compiler.compile(target.with(report));
        List<Finding> errors = new java.util.ArrayList<>(
                findings.of(compiled, target.template()).stream().filter(f -> f.severity().equals("ERROR")).toList());
        compiled.report().unanswered().forEach(r -> errors.add(new Finding("ERROR", "required", List.of(r.key()),
                "[" + r.code() + "] " + r.label() + ": chưa có số liệu (nhập 0 nếu không phát sinh)")));
        submissionChecks.orderedStream().flatMap(check -> check.missing(compiled.report()).stream())
                .forEach(part -> errors.add(new Finding("ERROR", "required", List.of(), part.message())));
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        StoredReport submitted = reports.setStatus(report.id(), next, null, currentUser.require().getUsername(), clock.instant());
        events.publishEvent(new ReportSubmitted(target.template().code(), target.period().name(), target.unit().code(), compiled.report()));
        audit.record("report.submitted", "report", target.auditKey(), "Gửi báo cáo " + label(target) + " của " + target.unit().name()
                + lateness(target), null, null);
        return as(compiled.report(), submitted);
    }

    /** Returns a submitted report to its unit with the reason; the same accounts as may approve it (ApprovalRule). */
    @PreAuthorize("hasAnyRole('REFORM_OFFICER', 'LEADER')")
    @Transactional
    public Report returnReport(String templateCode, String periodName, String unitCode, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("comment", "indicators.comment.required");
        }
        ReportTarget target = targets.resolve(templateCode, periodName, unitCode);
        StoredReport report = reports.lockOrCreate(target.template().id(), target.period().name(), target.unit().id());
        ReportStatus next = report.status().after(Transition.RETURN);
        approvalRule.checkDecider(target.template().code(), target.unit(), report);
        StoredReport returned = reports.setStatus(report.id(), next, comment.trim(), currentUser.require().getUsername(), clock.instant());
        audit.record("report.returned", "report", target.auditKey(),
                "Trả lại báo cáo " + label(target) + " của " + target.unit().name() + ": " + comment.trim(), null, null);
        return compiler.compile(target.with(returned)).report();
    }

    /**
     * Approves a submitted report and stores the figures of the report as compiled now: the approved
     * report keeps them. Approval climbs the hierarchy and is never the submitter's (ApprovalRule).
     */
    @PreAuthorize("hasAnyRole('REFORM_OFFICER', 'LEADER')")
    @Transactional
    public Report approve(String templateCode, String periodName, String unitCode) {
        ReportTarget target = targets.resolve(templateCode, periodName, unitCode);
        StoredReport report = reports.lockOrCreate(target.template().id(), target.period().name(), target.unit().id());
        ReportStatus next = report.status().after(Transition.APPROVE);
        approvalRule.checkDecider(target.template().code(), target.unit(), report);
        ReportCompiler.Compiled compiled = compiler.compile(target.with(report));
        List<String> missing = submissionChecks.orderedStream().flatMap(check -> check.missingForApproval(compiled.report()).stream())
                .map(SubmissionCheck.MissingPart::message).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("number", "indicators.approve.incomplete", String.join("; ", missing));
        }
        List<Approved> approved = compiled.report().rows().stream().filter(r -> !"GROUP".equals(r.type()))
                .map(r -> new Approved(r.key(), r.value(), r.source(), r.overridden())).toList();
        reports.saveApproved(report.id(), approved);
        StoredReport stored = reports.setStatus(report.id(), next, null, currentUser.require().getUsername(), clock.instant());
        audit.record("report.approved", "report", target.auditKey(),
                "Phê duyệt báo cáo " + label(target) + " của " + target.unit().name(), null, null);
        events.publishEvent(new ReportApproved(target.template().code(), target.period().name(), target.unit().code(),
                target.unit().id(), currentUser.require().getUsername(), currentUser.require().fullName()));
        return compiler.asApproved(target.with(stored), compiled.templateRows(),
                approved.stream().collect(Collectors.toMap(Approved::key, Function.identity())));
    }

    /** The period as the history's reader names it ("Quý I năm 2024"); the API keeps the code. */
    private String label(ReportTarget target) {
        return periods.label(target.period(), java.util.Locale.forLanguageTag("vi"));
    }

    /** What the history says of a report sent after its due date: " — nộp muộn 3 ngày (hạn 20/03/2024)", else nothing. */
    private String lateness(ReportTarget target) {
        java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), zone.id());
        java.time.LocalDate due = target.window().due();
        if (!today.isAfter(due)) {
            return "";
        }
        return " — nộp muộn " + java.time.temporal.ChronoUnit.DAYS.between(due, today) + " ngày (hạn " + format.date(due) + ")";
    }

    /** The compiled report under its stored status and version (a change of status changes no figure). */
    private static Report as(Report report, StoredReport stored) {
        return new Report(stored.id(), report.template(), report.templateVersion(), report.period(), report.unitCode(), report.unitName(),
                stored.status(), stored.version(), report.windowFrom(), report.windowTo(), report.dueOn(), stored.returnComment(),
                report.rows());
    }
}
