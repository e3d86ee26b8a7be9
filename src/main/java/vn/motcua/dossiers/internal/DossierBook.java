package vn.motcua.dossiers.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.motcua.calendar.StoppedInterval;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.dossiers.Dossier;
import vn.motcua.dossiers.DossierAction;
import vn.motcua.dossiers.core.DossierState;
import vn.motcua.procedures.ProcedureCatalog;
import vn.motcua.procedures.ProcedureStep;
import vn.motcua.procedures.ProcedureVersion;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.MotCuaUser;
import vn.motcua.shared.NotFoundException;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.units.UnitAccess;

/**
 * Turns a dossier's stored history into what readers and the derived columns need: the state, the
 * appointments counted on the working calendar, and the view with personal data shown only to the
 * agencies handling it.
 */
@Component
public class DossierBook {

    private final DossierRows rows;
    private final ProcedureCatalog catalog;
    private final WorkingCalendar calendar;
    private final AgencyDirectory agencies;
    private final UnitAccess access;
    private final CurrentUser currentUser;
    /** Procedure versions never change once written, so they can be kept. */
    private final Map<Long, ProcedureVersion> versions = new ConcurrentHashMap<>();

    DossierBook(DossierRows rows, ProcedureCatalog catalog, WorkingCalendar calendar, AgencyDirectory agencies,
            UnitAccess access, CurrentUser currentUser) {
        this.rows = rows;
        this.catalog = catalog;
        this.calendar = calendar;
        this.agencies = agencies;
        this.access = access;
        this.currentUser = currentUser;
    }

    public ProcedureVersion version(long id) {
        return versions.computeIfAbsent(id, key -> catalog.version(key).orElseThrow());
    }

    /** The first appointment as a function of the stopped intervals; an imported dossier may carry its own. */
    public Function<List<StoppedInterval>, Optional<Instant>> dueFunction(DossierRows.Row row, List<DossierAction> history) {
        String given = history.get(0).text("dueAt");
        if (given != null) {
            Instant fixed = Instant.parse(given);
            // A given appointment is so many working hours after the receipt; stops push it back by their length.
            return stops -> stops.isEmpty() ? Optional.of(fixed)
                    : calendar.due(row.receivedAt(), WorkingDuration.hours((int) Math.ceil(
                            calendar.workingTimeBetween(row.receivedAt(), fixed, List.of()).toSeconds() / 3600.0)), stops);
        }
        WorkingDuration duration = version(row.procedureVersionId()).content().processingTime();
        return stops -> calendar.due(row.receivedAt(), duration, stops);
    }

    /** The due time of a step: the receipt plus the hours of the steps up to it, the stops left out. */
    public Optional<Instant> stepDue(DossierRows.Row row, List<StoppedInterval> stops, int step) {
        List<ProcedureStep> steps = version(row.procedureVersionId()).content().steps();
        if (steps.isEmpty() || step >= steps.size()) {
            return Optional.empty();
        }
        int hours = steps.subList(0, step + 1).stream().mapToInt(ProcedureStep::hours).sum();
        return calendar.due(row.receivedAt(), WorkingDuration.hours(hours), stops);
    }

    public DossierRows.Derived derive(DossierRows.Row row, List<DossierAction> history, Long holdingAgencyId) {
        DossierState state = DossierState.replay(history);
        Function<List<StoppedInterval>, Optional<Instant>> due = dueFunction(row, history);
        Instant first = state.firstDue(due).orElse(null);
        Instant current = state.currentDue(due).orElse(null);
        String timeliness = state.timeliness(due, calendar::classify).map(Timeliness::name).orElse(null);
        return new DossierRows.Derived(first, current, state.status(), state.step(), state.assignee(), holdingAgencyId,
                state.completedAt(), state.returnedAt(), timeliness, state.apologies(), state.paid());
    }

    /** Fails with 404 unless the caller's scope reaches the dossier's unit or the agency now holding it. */
    public void checkReach(DossierRows.Row row) {
        if (!reaches(row)) {
            throw new NotFoundException("dossiers.not-found", row.code());
        }
    }

    public boolean reaches(DossierRows.Row row) {
        var scope = access.currentScope();
        if (scope.contains(row.unitId())) {
            return true;
        }
        return row.holdingAgencyId() != null
                && agencies.byId(row.holdingAgencyId()).map(a -> scope.contains(a.unitId())).orElse(false);
    }

    /** Personal data is for the agencies handling the dossier: the receiving one, the one holding it, their unit. */
    public boolean showsPersonalData(DossierRows.Row row) {
        Optional<MotCuaUser> user = currentUser.get();
        if (user.isEmpty() || user.get().isSystemAdministrator()) {
            return true;
        }
        Long agency = user.get().agencyId();
        return agency != null && (agency == row.agencyId() || agency.equals(row.holdingAgencyId()))
                || user.get().unitId() != null && user.get().unitId() == row.unitId();
    }

    public Dossier view(DossierRows.Row row, List<DossierAction> history) {
        Agency agency = agencies.byId(row.agencyId()).orElseThrow();
        ProcedureVersion version = version(row.procedureVersionId());
        List<ProcedureStep> steps = version.content().steps();
        boolean personal = showsPersonalData(row);
        Optional<Instant> stepDue = history.isEmpty() ? Optional.empty()
                : stepDue(row, DossierState.replay(history).stops(), row.currentStep());
        String holding = row.holdingAgencyId() == null ? null : agencies.byId(row.holdingAgencyId()).map(Agency::code).orElse(null);
        return new Dossier(row.id(), row.code(), agency.code(), agency.name(), agency.unitCode(), row.procedureCode(),
                version.content().name(), row.procedureVersionId(), row.fieldCode(), row.channel(),
                personal ? row.applicant() : row.applicant().masked(), personal, row.checklist(), row.feeDue(), row.paid(),
                row.receivedAt(), row.firstDueAt(), row.dueAt(), row.status(), row.currentStep(),
                row.currentStep() < steps.size() ? steps.get(row.currentStep()).name() : null, stepDue.orElse(null),
                row.assignee(), holding, row.completedAt(), row.returnedAt(),
                row.timeliness() == null ? null : Timeliness.valueOf(row.timeliness()), row.apologies(),
                history.isEmpty() ? java.util.Set.of() : DossierState.replay(history).publishedOn(), row.version(),
                row.status().open() ? row.dueWarningAt() : null, history);
    }

    public DossierRows rows() {
        return rows;
    }
}
