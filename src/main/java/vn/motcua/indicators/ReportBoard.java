package vn.motcua.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.indicators.internal.Consolidation;
import vn.motcua.indicators.internal.ReportStore;
import vn.motcua.indicators.internal.ReportStore.StoredReport;
import vn.motcua.indicators.internal.ReportTarget;
import vn.motcua.indicators.internal.ReportTargets;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.ReportingPeriods;
import vn.motcua.shared.VietnameseFormat;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitDirectory;

/**
 * Theo dõi tình hình báo cáo: which units below have submitted, been returned or approved, who is
 * late after the due date (in the administration's time zone), and the reminders sent to those late.
 */
@Service
public class ReportBoard {

    private final ReportTargets targets;
    private final ReportStore reports;
    private final Consolidation consolidation;
    private final UnitDirectory units;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final MotCuaZone zone;
    private final Clock clock;
    private final ReportingPeriods periods;
    private final VietnameseFormat format;

    ReportBoard(ReportTargets targets, ReportStore reports, Consolidation consolidation, UnitDirectory units, CurrentUser currentUser,
            AuditTrail audit, MotCuaZone zone, Clock clock, ReportingPeriods periods, VietnameseFormat format) {
        this.periods = periods;
        this.format = format;
        this.targets = targets;
        this.reports = reports;
        this.consolidation = consolidation;
        this.units = units;
        this.currentUser = currentUser;
        this.audit = audit;
        this.zone = zone;
        this.clock = clock;
    }

    /** The units below the report's unit, by code, each with its report's status. */
    @Transactional(readOnly = true)
    public List<BoardEntry> board(String templateCode, String periodName, String unitCode) {
        return lines(targets.resolve(templateCode, periodName, unitCode)).stream().map(Line::entry).toList();
    }

    /** One unit below and its place on the board. */
    private record Line(Unit unit, BoardEntry entry) {
    }

    private List<Line> lines(ReportTarget target) {
        List<Unit> below = consolidation.unitsBelow(target);
        Map<Long, StoredReport> byUnit = new HashMap<>();
        reports.forUnits(target.template().code(), target.period().name(), below.stream().map(Unit::id).toList())
                .forEach(r -> byUnit.put(r.unitId(), r));
        LocalDate today = zone.today();
        List<Line> lines = new ArrayList<>();
        for (Unit unit : below) {
            StoredReport r = byUnit.get(unit.id());
            ReportStatus status = r == null ? ReportStatus.DRAFT : r.status();
            // Late: still not sent after the due date, or sent after it (a late report stays marked once it is in).
            boolean sentLate = r != null && r.submittedAt() != null
                    && r.submittedAt().atZoneSameInstant(zone.id()).toLocalDate().isAfter(target.window().due());
            boolean late = status.editable() ? today.isAfter(target.window().due()) : sentLate;
            lines.add(new Line(unit, new BoardEntry(unit.code(), unit.name(), status, r == null ? null : r.submittedAt(), late)));
        }
        lines.sort(Comparator.comparing(l -> l.entry().unitCode()));
        return lines;
    }

    /** Reminds every unit below that is late for the period; returns the units reminded. */
    @PreAuthorize("hasAnyRole('REFORM_OFFICER', 'LEADER')")
    @Transactional
    public List<String> remindLate(String templateCode, String periodName, String unitCode) {
        ReportTarget target = targets.resolve(templateCode, periodName, unitCode);
        String username = currentUser.require().getUsername();
        List<String> reminded = new ArrayList<>();
        for (Line line : lines(target)) {
            // Only a report still to be sent is reminded; one sent late is marked, not chased.
            if (line.entry().late() && line.entry().status().editable()) {
                reports.remind(line.unit().id(), target.template().code(), target.period().name(), "Đề nghị " + line.unit().name()
                        + " gửi báo cáo CCHC kỳ " + label(target) + " (hạn " + format.date(target.window().due()) + ").", username,
                        clock.instant());
                reminded.add(line.unit().code());
            }
        }
        audit.record("report.reminded", "report", templateCode + "/" + target.period().name() + "/" + unitCode,
                "Nhắc " + reminded.size() + " đơn vị chậm báo cáo kỳ " + label(target), null, reminded);
        return reminded;
    }

    /** The period as the reminder's reader names it: "Quý III năm 2023", in Vietnamese whoever sends it. */
    private String label(ReportTarget target) {
        return periods.label(target.period(), java.util.Locale.forLanguageTag("vi"));
    }

    /** The reminders addressed to a unit, newest first: of the unit the code names today, or the last one it named. */
    @Transactional(readOnly = true)
    public List<ReportStore.Reminder> reminders(String unitCode) {
        Unit unit = units.find(unitCode, zone.today())
                .or(() -> units.allUnits().stream().filter(u -> u.code().equals(unitCode)).reduce((a, b) -> b))
                .orElseThrow(() -> new NotFoundException("units.not-found", unitCode, ""));
        return reports.reminders(unit.id());
    }
}
