package vn.motcua.indicators.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.indicators.internal.ReportStore.StoredReport;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.MotCuaUser;
import vn.motcua.shared.SeparationOfDutiesException;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.Unit;

/**
 * Ai được duyệt báo cáo: approval climbs the hierarchy. A submitted report is approved or returned by
 * an account of a unit above the report's unit — not of a unit merged into it, which is the same level
 * carrying on — or of the same unit only where the template allows it, and never by the account that
 * submitted it. The system administrator stands above every unit. The role (LEADER, REFORM_OFFICER)
 * is the service method's to check; this rule says which of those may decide on this report.
 */
@Component
public class ApprovalRule {

    private final JdbcClient jdbc;
    private final ReportStore reports;
    private final PublicRegister register;
    private final CurrentUser currentUser;

    ApprovalRule(JdbcClient jdbc, ReportStore reports, PublicRegister register, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.register = register;
        this.currentUser = currentUser;
    }

    /** Refuses (403 with the reason) unless the caller may decide on the submitted report of the unit. */
    public void checkDecider(String templateCode, Unit unit, StoredReport report) {
        MotCuaUser decider = currentUser.require();
        if (Objects.equals(reports.submittedBy(report.id()).orElse(null), decider.getUsername())) {
            throw new SeparationOfDutiesException("indicators.approve.own-submission");
        }
        Long deciderUnit = decider.unitId();
        if (deciderUnit == null || isAbove(deciderUnit, unit)) {
            return;
        }
        if (deciderUnit == unit.id()) {
            if (sameUnitAllowed(templateCode)) {
                return;
            }
            throw new SeparationOfDutiesException("indicators.approve.same-unit", unit.name());
        }
        throw new SeparationOfDutiesException("indicators.approve.not-above", unit.name());
    }

    /** Whether the unit lies below the other, following parents up (a chain of a few levels). */
    private boolean isAbove(long upper, Unit unit) {
        Long parent = unit.parentId();
        for (int depth = 0; parent != null && depth < 20; depth++) {
            if (parent == upper) {
                return true;
            }
            parent = register.unit(parent).map(Unit::parentId).orElse(null);
        }
        return false;
    }

    public boolean sameUnitAllowed(String templateCode) {
        return jdbc.sql("select same_unit from indicators_approval_rule where template_code = ?").param(templateCode)
                .query(Boolean.class).optional().orElse(false);
    }

    public void allowSameUnit(String templateCode, boolean allowed, String username, Instant now) {
        jdbc.sql("""
                insert into indicators_approval_rule (template_code, same_unit, changed_by, changed_at) values (?, ?, ?, ?)
                on conflict (template_code) do update set same_unit = excluded.same_unit, changed_by = excluded.changed_by,
                    changed_at = excluded.changed_at""")
                .params(templateCode, allowed, username, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
    }
}
