package vn.motcua.indicators;

import java.time.Clock;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.indicators.internal.ApprovalRule;
import vn.motcua.indicators.internal.ReportTargets;
import vn.motcua.shared.CurrentUser;

/**
 * Quy định phê duyệt của mẫu biểu: whether another account of the report's own unit may approve its
 * reports, besides the units above it. Loosening who approves is the administrator's decision, and
 * audited.
 */
@Service
public class ApprovalPolicy {

    /** A template's approval rule as it stands. */
    public record Rule(String template, boolean sameUnitMayApprove) {
    }

    private final ApprovalRule rule;
    private final ReportTargets targets;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    ApprovalPolicy(ApprovalRule rule, ReportTargets targets, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.rule = rule;
        this.targets = targets;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Rule of(String templateCode) {
        String code = targets.latest(templateCode).code();
        return new Rule(code, rule.sameUnitAllowed(code));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Rule allowSameUnit(String templateCode, boolean allowed) {
        Rule before = of(templateCode);
        rule.allowSameUnit(before.template(), allowed, currentUser.require().getUsername(), clock.instant());
        Rule after = of(templateCode);
        audit.record("template.approval-rule", "template", after.template(), (allowed ? "Cho phép" : "Không cho phép")
                + " tài khoản cùng đơn vị phê duyệt báo cáo theo mẫu " + after.template(),
                Map.of("sameUnitMayApprove", before.sameUnitMayApprove()), Map.of("sameUnitMayApprove", allowed));
        return after;
    }
}
