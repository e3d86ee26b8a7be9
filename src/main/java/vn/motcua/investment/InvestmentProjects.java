package vn.motcua.investment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.investment.internal.Inputs;
import vn.motcua.investment.internal.InvestmentRows;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.NotFoundException;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitDirectory;

/**
 * Theo dõi dự án đầu tư: registered projects, their milestones and progress reports, the flags for
 * those behind schedule or stalled, and the recovery procedure for a project that will not go ahead.
 */
@Service
public class InvestmentProjects {

    /** An active project silent this long counts as stalled. */
    static final int SILENT_DAYS = 180;

    private final InvestmentRows rows;
    private final UnitDirectory units;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final MotCuaZone zone;
    private final Clock clock;

    InvestmentProjects(InvestmentRows rows, UnitDirectory units, CurrentUser currentUser, AuditTrail audit, MotCuaZone zone, Clock clock) {
        this.rows = rows;
        this.units = units;
        this.currentUser = currentUser;
        this.audit = audit;
        this.zone = zone;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER', 'REFORM_OFFICER', 'ADMIN', 'REPORTER')")
    @Transactional
    public Project register(NewProject project) {
        if (project == null) {
            throw new InvalidInputException("name", "investment.field.required");
        }
        String unitCode = Inputs.text("unitCode", project.unitCode(), 20, true);
        NewProject checked = new NewProject(unitCode, Inputs.text("name", project.name(), 300, true),
                Inputs.text("investor", project.investor(), 300, true), Inputs.text("sector", project.sector(), 100, true),
                Inputs.text("location", project.location(), 300, true),
                Inputs.amount("registeredCapital", project.registeredCapital(), true), Inputs.amount("landAreaHa", project.landAreaHa(), false),
                project.status() == null ? ProjectStatus.PREPARING : project.status(), project.registeredOn(), project.operationDueOn());
        if (checked.registeredOn() == null) {
            throw new InvalidInputException("registeredOn", "investment.field.required");
        }
        if (checked.registeredOn().isAfter(zone.today())) {
            throw new InvalidInputException("registeredOn", "investment.date.future");
        }
        if (checked.operationDueOn() != null && checked.operationDueOn().isBefore(checked.registeredOn())) {
            throw new InvalidInputException("operationDueOn", "investment.project.due-before-registration");
        }
        if (checked.status() == ProjectStatus.RECOVERING || checked.status() == ProjectStatus.REVOKED) {
            throw new InvalidInputException("status", "investment.project.status-on-register");
        }
        Unit unit = units.find(unitCode, checked.registeredOn())
                .orElseThrow(() -> new InvalidInputException("unitCode", "investment.unit.not-found", unitCode, checked.registeredOn()));
        long id = rows.insertProject(unit.id(), checked, clock.instant());
        audit.record("investment.project.registered", "investment-project", String.valueOf(id), "Dự án " + checked.name() + " ("
                + checked.investor() + ")", null, checked);
        return get(id);
    }

    @Transactional(readOnly = true)
    public Project get(long id) {
        InvestmentRows.ProjectRow row = rows.project(id).filter(r -> units.byId(r.unitId()).isPresent())
                .orElseThrow(() -> new NotFoundException("investment.project.not-found", id));
        return view(row);
    }

    /** Projects of a unit and the units below it; stalled and late ones first. */
    @Transactional(readOnly = true)
    public List<Project> list(String unitCode) {
        Unit unit = unit(unitCode);
        List<Long> ids = units.unitsUnder(unit.id()).stream().map(Unit::id).toList();
        return rows.projects(ids).stream().map(this::view)
                .sorted(Comparator.comparing((Project p) -> !(p.stalled() || p.behindSchedule()))).toList();
    }

    /**
     * Projects of a unit (as it stood on the day) and the units below it, registered by the day, with their flags as they
     * stood that day; stalled and late ones first. The period's figures count these very projects, so a page's card and
     * its table agree.
     */
    @Transactional(readOnly = true)
    public List<Project> list(String unitCode, LocalDate asOf) {
        String code = Inputs.text("unitCode", unitCode, 20, true);
        if (asOf == null) {
            throw new InvalidInputException("to", "investment.window.invalid");
        }
        Unit unit = units.find(code, asOf).orElseThrow(() -> new InvalidInputException("unitCode", "investment.unit.not-found", code, asOf));
        return at(units.unitsUnder(unit.id()).stream().map(Unit::id).toList(), asOf);
    }

    /** The projects of these units registered by the day, as they stood that day. */
    List<Project> at(List<Long> unitIds, LocalDate asOf) {
        return rows.projects(unitIds).stream().filter(r -> !r.registeredOn().isAfter(asOf)).map(r -> view(r, asOf))
                .sorted(Comparator.comparing((Project p) -> !(p.stalled() || p.behindSchedule()))).toList();
    }

    /** A progress report, optionally moving the project to a new stage. */
    @PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER', 'REFORM_OFFICER', 'ADMIN', 'REPORTER')")
    @Transactional
    public Project reportProgress(long id, LocalDate on, String note, ProjectStatus status) {
        Project project = get(id);
        LocalDate day = on == null ? zone.today() : on;
        if (day.isAfter(zone.today()) || day.isBefore(project.registeredOn())) {
            throw new InvalidInputException("reportedOn", "investment.progress.date.invalid");
        }
        String text = Inputs.text("note", note, 3000, true);
        if (project.status() == ProjectStatus.REVOKED) {
            throw new ConflictException("investment.project.revoked", project.name());
        }
        if (status == ProjectStatus.RECOVERING || status == ProjectStatus.REVOKED) {
            throw new InvalidInputException("status", "investment.project.status-by-recovery");
        }
        rows.addProgress(id, day, text, currentUser.username());
        if (status != null && status != project.status()) {
            rows.status(id, status);
        }
        audit.record("investment.project.progress", "investment-project", String.valueOf(id), "Tiến độ dự án " + project.name(),
                Map.of("status", project.status().name()), Map.of("note", text, "status", (status == null ? project.status() : status).name()));
        return get(id);
    }

    @PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER', 'REFORM_OFFICER', 'ADMIN', 'REPORTER')")
    @Transactional
    public Project addMilestone(long id, String name, LocalDate dueOn) {
        Project project = get(id);
        String text = Inputs.text("name", name, 300, true);
        if (dueOn == null) {
            throw new InvalidInputException("dueOn", "investment.field.required");
        }
        if (dueOn.isBefore(project.registeredOn())) {
            throw new InvalidInputException("dueOn", "investment.project.due-before-registration");
        }
        rows.addMilestone(id, text, dueOn);
        audit.record("investment.project.milestone", "investment-project", String.valueOf(id), "Mốc tiến độ " + text + " của dự án "
                + project.name(), null, Map.of("dueOn", dueOn.toString()));
        return get(id);
    }

    @PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER', 'REFORM_OFFICER', 'ADMIN', 'REPORTER')")
    @Transactional
    public Project milestoneReached(long id, long milestoneId, LocalDate doneOn) {
        Project project = get(id);
        LocalDate day = doneOn == null ? zone.today() : doneOn;
        if (day.isAfter(zone.today()) || day.isBefore(project.registeredOn())) {
            throw new InvalidInputException("doneOn", "investment.progress.date.invalid");
        }
        if (rows.milestoneDone(id, milestoneId, day) == 0) {
            throw new NotFoundException("investment.milestone.not-found", milestoneId);
        }
        audit.record("investment.project.milestone-done", "investment-project", String.valueOf(id), "Hoàn thành mốc tiến độ của dự án "
                + project.name(), null, Map.of("milestone", milestoneId, "doneOn", day.toString()));
        return get(id);
    }

    /**
     * Starts the recovery procedure (thu hồi dự án) with the decision that opens it, or, with
     * {@code revoke}, records the decision that ends the project.
     */
    @PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER', 'REFORM_OFFICER', 'ADMIN', 'REPORTER')")
    @Transactional
    public Project recover(long id, String decision, LocalDate on, boolean revoke) {
        Project project = get(id);
        String number = Inputs.text("decision", decision, 100, true);
        LocalDate day = on == null ? zone.today() : on;
        if (day.isAfter(zone.today())) {
            throw new InvalidInputException("on", "investment.date.future");
        }
        if (project.status() == ProjectStatus.REVOKED || project.status() == ProjectStatus.OPERATING) {
            throw new ConflictException("investment.project.not-recoverable", project.name());
        }
        if (revoke && project.status() != ProjectStatus.RECOVERING) {
            throw new ConflictException("investment.project.revoke-first", project.name());
        }
        rows.recovery(id, revoke ? ProjectStatus.REVOKED : ProjectStatus.RECOVERING, number,
                revoke ? project.recoveryStartedOn() : day);
        rows.addProgress(id, day, (revoke ? "Thu hồi dự án theo " : "Bắt đầu thủ tục thu hồi dự án theo ") + number,
                currentUser.username());
        audit.record(revoke ? "investment.project.revoked" : "investment.project.recovery", "investment-project", String.valueOf(id),
                (revoke ? "Thu hồi dự án " : "Thủ tục thu hồi dự án ") + project.name() + " (" + number + ")",
                Map.of("status", project.status().name()), Map.of("decision", number));
        return get(id);
    }

    Project view(InvestmentRows.ProjectRow r) {
        return view(r, zone.today());
    }

    /**
     * The project with its flags as they stood on a day: a milestone due before it and not reached by
     * then, no progress reported in the {@link #SILENT_DAYS} before it. A past period's figures are read
     * as of the period's end, not as of today.
     */
    Project view(InvestmentRows.ProjectRow r, LocalDate asOf) {
        Unit unit = units.byId(r.unitId()).orElseThrow();
        List<Project.Milestone> milestones = rows.milestones(r.id());
        List<Project.Progress> progress = rows.progress(r.id());
        boolean behind = r.status().active() && milestones.stream()
                .anyMatch(m -> m.dueOn().isBefore(asOf) && (m.doneOn() == null || m.doneOn().isAfter(asOf)));
        LocalDate last = progress.stream().map(Project.Progress::reportedOn).filter(day -> !day.isAfter(asOf))
                .max(LocalDate::compareTo).orElse(r.registeredOn());
        boolean stalled = r.status() == ProjectStatus.STALLED
                || r.status().active() && last.plusDays(SILENT_DAYS).isBefore(asOf);
        return new Project(r.id(), unit.code(), unit.name(), r.name(), r.investor(), r.sector(), r.location(), r.registeredCapital(),
                r.landAreaHa(), r.status(), r.registeredOn(), r.operationDueOn(), r.recoveryDecision(), r.recoveryStartedOn(), milestones,
                progress, behind, stalled);
    }

    private Unit unit(String unitCode) {
        String code = Inputs.text("unitCode", unitCode, 20, true);
        return units.find(code, zone.today()).or(() -> units.allUnits().stream().filter(u -> u.code().equals(code))
                .reduce((a, b) -> b)).orElseThrow(() -> new InvalidInputException("unitCode", "investment.unit.not-found", code,
                        zone.today()));
    }
}
