package vn.motcua.dossiers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossiers.core.DossierFacts;
import vn.motcua.dossiers.core.DossierLifecycle;
import vn.motcua.dossiers.internal.DailyFigures;
import vn.motcua.dossiers.internal.DossierCodes;
import vn.motcua.dossiers.internal.DossierNumbers;
import vn.motcua.dossiers.internal.DossierRules;
import vn.motcua.dossiers.internal.DossierStore;
import vn.motcua.dossiers.internal.DossierViews;
import vn.motcua.dossiers.internal.ProcedureVersions;
import vn.motcua.procedures.Procedure;
import vn.motcua.procedures.ProcedureCatalog;
import vn.motcua.procedures.RequiredDocument;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.units.PublicRegister;

/**
 * Tiếp nhận hồ sơ: receives a dossier at the counter, by post or online. It gets its national code,
 * keeps the version of the procedure in force at receipt, and its appointment from the
 * procedure's processing time on the working calendar.
 */
@Service
public class DossierIntake {

    private final DossierLifecycle lifecycle;
    private final DossierStore store;
    private final DossierViews views;
    private final DossierNumbers numbers;
    private final DailyFigures figures;
    private final ProcedureCatalog catalog;
    private final ProcedureVersions versions;
    private final AgencyDirectory agencies;
    private final PublicRegister register;
    private final WorkingCalendar calendar;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DossierIntake(DossierLifecycle lifecycle, DossierStore store, DossierViews views, DossierNumbers numbers, DailyFigures figures,
            ProcedureCatalog catalog, ProcedureVersions versions, AgencyDirectory agencies, PublicRegister register,
            WorkingCalendar calendar, CurrentUser currentUser, AuditTrail audit, Clock clock,
            ApplicationEventPublisher events) {
        this.lifecycle = lifecycle;
        this.store = store;
        this.views = views;
        this.numbers = numbers;
        this.figures = figures;
        this.catalog = catalog;
        this.versions = versions;
        this.agencies = agencies;
        this.register = register;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
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
        // Found only within the caller's units: an agency out of reach is as unknown as one that does not exist.
        Agency agency = agencies.find(request.agencyCode().trim())
                .orElseThrow(() -> new InvalidInputException("agencyCode", "dossiers.agency.not-found", request.agencyCode()));
        Instant now = clock.instant();
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        if (register.unit(agency.unitId()).filter(unit -> unit.validOn(today)).isEmpty()) {
            throw new InvalidInputException("agencyCode", "dossiers.agency.dissolved", agency.name());
        }
        if (request.procedureCode() == null || request.procedureCode().isBlank()) {
            throw new InvalidInputException("procedureCode", "dossiers.procedure.required");
        }
        Procedure procedure = catalog.find(request.procedureCode().trim(), today).filter(p -> p.inForceOn(today))
                .orElseThrow(() -> new InvalidInputException("procedureCode", "dossiers.procedure.not-in-force", request.procedureCode()));
        versions.keep(procedure.version());
        Applicant applicant = DossierRules.check(request.applicant());
        List<RequiredDocument> documents = procedure.content().documents();
        List<ChecklistItem> checklist = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            RequiredDocument d = documents.get(i);
            boolean ticked = request.received() != null && i < request.received().size() && Boolean.TRUE.equals(request.received().get(i));
            checklist.add(new ChecklistItem(d.name(), d.originals(), d.copies(), ticked));
        }
        // Everything is checked; the number comes last, in a transaction of its own (decision 0005).
        String code = DossierCodes.code(agency.code(), today, numbers.next(agency.id(), today));
        DossierFacts facts = new DossierFacts(code, agency.id(), agency.unitId(), procedure.code(), procedure.version().id(),
                procedure.content().fieldCode(), request.channel(), applicant, checklist, procedure.content().totalFees(), now);
        DossierLifecycle.Outcome outcome = lifecycle.receive(procedure.version(), facts, currentUser.username());
        long id = store.insert(facts, outcome);
        if (request.applicantAccountId() != null) {
            store.linkApplicantAccount(id, request.applicantAccountId());
        }
        Dossier dossier = views.received(id, facts, agency, procedure.version(), outcome);
        audit.record("dossier.received", "dossier", code,
                "Tiếp nhận hồ sơ " + code + " (" + procedure.content().name() + ")", null, dossier.withoutHistory());
        events.publishEvent(new DossierActed(code, ActionKind.RECEIVE, now, agency.name(), procedure.content().name(), applicant,
                dossier.dueAt(), null));
        // The day's counts are shared by every intake of the agency; moved last, their rows are locked only until the commit.
        figures.count(outcome.movements());
        return dossier;
    }
}
