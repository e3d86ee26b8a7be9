package vn.motcua.dossiers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossiers.internal.DailyFigures;
import vn.motcua.dossiers.internal.DossierBook;
import vn.motcua.dossiers.internal.DossierCodes;
import vn.motcua.dossiers.internal.DossierNumbers;
import vn.motcua.dossiers.internal.DossierRows;
import vn.motcua.dossiers.internal.DossierRules;
import vn.motcua.procedures.Procedure;
import vn.motcua.procedures.ProcedureCatalog;
import vn.motcua.procedures.RequiredDocument;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.units.UnitAccess;

/**
 * Tiếp nhận hồ sơ: receives a dossier at the counter, by post or online. It gets its national code,
 * keeps the version of the procedure in force at receipt, and its appointment from the
 * procedure's processing time on the working calendar.
 */
@Service
public class DossierIntake {

    private final DossierRows rows;
    private final DossierBook book;
    private final DossierNumbers numbers;
    private final DailyFigures figures;
    private final ProcedureCatalog catalog;
    private final AgencyDirectory agencies;
    private final UnitAccess access;
    private final vn.motcua.units.UnitDirectory units;
    private final WorkingCalendar calendar;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DossierIntake(DossierRows rows, DossierBook book, DossierNumbers numbers, DailyFigures figures, ProcedureCatalog catalog, AgencyDirectory agencies,
            UnitAccess access, vn.motcua.units.UnitDirectory units, WorkingCalendar calendar, CurrentUser currentUser,
            AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.rows = rows;
        this.book = book;
        this.numbers = numbers;
        this.figures = figures;
        this.catalog = catalog;
        this.agencies = agencies;
        this.access = access;
        this.units = units;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('CLERK', 'ADMIN', 'LEADER', 'SPECIALIST')")
    @Transactional
    public Dossier receive(NewDossier request) {
        if (request.channel() == null) {
            throw new InvalidInputException("channel", "dossiers.channel.required");
        }
        if (request.agencyCode() == null || request.agencyCode().isBlank()) {
            throw new InvalidInputException("agencyCode", "dossiers.agency.required");
        }
        Agency agency = agencies.find(request.agencyCode().trim())
                .orElseThrow(() -> new InvalidInputException("agencyCode", "dossiers.agency.not-found", request.agencyCode()));
        access.check(agency.unitId());
        Instant now = clock.instant();
        var today = now.atZone(calendar.zone()).toLocalDate();
        if (units.byId(agency.unitId()).filter(unit -> unit.validOn(today)).isEmpty()) {
            throw new InvalidInputException("agencyCode", "dossiers.agency.dissolved", agency.name());
        }
        if (request.procedureCode() == null || request.procedureCode().isBlank()) {
            throw new InvalidInputException("procedureCode", "dossiers.procedure.required");
        }
        Procedure procedure = catalog.find(request.procedureCode().trim(), today).filter(p -> p.inForceOn(today))
                .orElseThrow(() -> new InvalidInputException("procedureCode", "dossiers.procedure.not-in-force", request.procedureCode()));
        var applicant = DossierRules.check(request.applicant());
        List<RequiredDocument> documents = procedure.content().documents();
        List<ChecklistItem> checklist = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            RequiredDocument d = documents.get(i);
            boolean ticked = request.received() != null && i < request.received().size() && Boolean.TRUE.equals(request.received().get(i));
            checklist.add(new ChecklistItem(d.name(), d.originals(), d.copies(), ticked));
        }
        // Everything is checked; the number comes last, in a transaction of its own (decision 0005).
        String code = DossierCodes.code(agency.code(), today, numbers.next(agency.id(), today));
        Map<String, Object> data = new HashMap<>();
        data.put("channel", request.channel().name());
        DossierAction receipt = new DossierAction(1, ActionKind.RECEIVE, now, currentUser.username(), 0, data);
        DossierRows.Row received = new DossierRows.Row(0, code, agency.id(), agency.unitId(), procedure.code(),
                procedure.version().id(), procedure.content().fieldCode(), request.channel(), applicant, checklist,
                procedure.content().totalFees(), now, null, null, DossierStatus.RECEIVED, 0, null, null, null, null, null, 0, 0, 1,
                null);
        DossierRows.Derived derived = book.derive(received, List.of(receipt), null);
        long id = rows.insertReceived(received, derived, receipt);
        DossierRows.Row row = new DossierRows.Row(id, code, agency.id(), agency.unitId(), procedure.code(), procedure.version().id(),
                procedure.content().fieldCode(), request.channel(), applicant, checklist, procedure.content().totalFees(), now,
                derived.firstDueAt(), derived.dueAt(), derived.status(), derived.currentStep(), derived.assignee(),
                derived.holdingAgencyId(), derived.completedAt(), derived.returnedAt(), derived.timeliness(), derived.apologies(),
                derived.paid(), 1, null);
        Dossier dossier = book.view(row, List.of(receipt));
        audit.record("dossier.received", "dossier", code,
                "Tiếp nhận hồ sơ " + code + " (" + procedure.content().name() + ")", null, dossier.withoutHistory());
        events.publishEvent(new DossierActed(code, ActionKind.RECEIVE, now, agency.name(), procedure.content().name(), applicant,
                dossier.dueAt(), null));
        // The day's count is shared by every intake of the agency; moved last, its row is locked only until the commit.
        figures.add(new DailyFigures.Increment(agency.id(), today, DossierMeasures.RECEIVED, request.channel().name(),
                procedure.content().fieldCode(), 1));
        return dossier;
    }
}
