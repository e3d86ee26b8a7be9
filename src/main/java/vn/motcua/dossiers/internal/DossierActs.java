package vn.motcua.dossiers.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.motcua.audit.AuditTrail;
import vn.motcua.dossiers.ActionKind;
import vn.motcua.dossiers.ActionRequest;
import vn.motcua.dossiers.Dossier;
import vn.motcua.dossiers.DossierActed;
import vn.motcua.dossiers.DossierAction;
import vn.motcua.dossiers.core.DossierLifecycle;
import vn.motcua.dossiers.core.DossierLifecycle.Outcome;
import vn.motcua.units.Agency;
import vn.motcua.units.PublicRegister;

/**
 * One action on a dossier whose row the caller has locked and whose caller it has let act: the
 * lifecycle decides, the store writes the action with its movements and the row, the audit trail and
 * the applicant's notice follow, the day's counts move last. Staff at the desk and the applicant
 * online act through here alike, so an action means the same whoever takes it.
 */
@Component
public class DossierActs {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final DossierLifecycle lifecycle;
    private final DossierStore store;
    private final DossierViews views;
    private final ProcedureVersions versions;
    private final DailyFigures figures;
    private final PublicRegister register;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    DossierActs(DossierLifecycle lifecycle, DossierStore store, DossierViews views, ProcedureVersions versions,
            DailyFigures figures, PublicRegister register, AuditTrail audit, Clock clock, ApplicationEventPublisher events,
            MessageSource messages) {
        this.messages = messages;
        this.lifecycle = lifecycle;
        this.store = store;
        this.views = views;
        this.versions = versions;
        this.figures = figures;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    public Dossier act(StoredDossier dossier, ActionRequest request, String actor) {
        List<DossierAction> history = store.history(dossier.id());
        Instant now = clock.instant();
        Outcome outcome = lifecycle.act(versions.get(dossier.facts().procedureVersionId()), dossier.facts(), history,
                new DossierLifecycle.Act(request, actor, now, forwardTarget(request)));
        int version = store.apply(dossier, outcome);
        List<DossierAction> after = new ArrayList<>(history);
        after.addAll(outcome.appended());
        Dossier changed = views.changed(dossier, after, outcome, version);
        DossierAction action = outcome.appended().get(0);
        Map<String, Object> data = action.data();
        audit.record("dossier." + request.action().name().toLowerCase(Locale.ROOT), "dossier", dossier.facts().code(),
                // The trail is read in Vietnamese: "Có kết quả H38.…", not "COMPLETE H38.…".
                messages.getMessage("dossiers.action." + request.action(), null, request.action().name(), VIETNAMESE) + " "
                        + dossier.facts().code() + (data.containsKey("reason") ? ": " + data.get("reason") : ""),
                Map.of("status", dossier.summary().status().name(), "step", dossier.summary().step()), data);
        events.publishEvent(new DossierActed(dossier.facts().code(), request.action(), now, changed.agencyName(),
                changed.procedureName(), dossier.facts().applicant(), changed.dueAt(), action.text("reason")));
        figures.count(outcome.movements());
        return changed;
    }

    /** A forward may cross to an agency outside the sender's scope (another level): any agency, by its public code. */
    private Long forwardTarget(ActionRequest request) {
        if (request.action() != ActionKind.FORWARD || request.toAgencyCode() == null || request.toAgencyCode().isBlank()) {
            return null;
        }
        return register.agency(request.toAgencyCode().trim()).map(Agency::id).orElse(null);
    }
}
