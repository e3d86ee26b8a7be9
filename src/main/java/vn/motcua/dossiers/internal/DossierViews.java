package vn.motcua.dossiers.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import vn.motcua.dossiers.ActionKind;
import vn.motcua.dossiers.Dossier;
import vn.motcua.dossiers.DossierAction;
import vn.motcua.dossiers.PublicationTarget;
import vn.motcua.dossiers.core.DossierFacts;
import vn.motcua.dossiers.core.DossierLifecycle;
import vn.motcua.dossiers.core.DossierLifecycle.Outcome;
import vn.motcua.dossiers.core.DossierState;
import vn.motcua.dossiers.core.DossierSummary;
import vn.motcua.procedures.ProcedureStep;
import vn.motcua.procedures.ProcedureVersion;
import vn.motcua.units.Agency;
import vn.motcua.units.PublicRegister;

/**
 * A dossier as a reader sees it: with the procedure's and agencies' names, the applicant masked for
 * readers outside the handling agencies, and — when read whole — the history and what it derives,
 * replayed once.
 */
@Component
public class DossierViews {

    private final ProcedureVersions versions;
    private final DossierLifecycle lifecycle;
    private final DossierReach reach;
    private final PublicRegister register;

    DossierViews(ProcedureVersions versions, DossierLifecycle lifecycle, DossierReach reach, PublicRegister register) {
        this.versions = versions;
        this.lifecycle = lifecycle;
        this.reach = reach;
        this.register = register;
    }

    /** A stored dossier with its history. */
    public Dossier whole(StoredDossier dossier, List<DossierAction> history) {
        ProcedureVersion version = versions.get(dossier.facts().procedureVersionId());
        return whole(dossier, history, lifecycle.replay(version, dossier.facts(), history).state(), version);
    }

    /** The same, for a caller that has replayed the history already. */
    public Dossier whole(StoredDossier dossier, List<DossierAction> history, DossierState state, ProcedureVersion version) {
        return view(dossier, state.summary(), state, dossier.version(), history, version, register::agency, reach.personalDataShown());
    }

    /** A dossier just changed: the state the action's outcome derived, the history with the action, the row's new version. */
    public Dossier changed(StoredDossier dossier, List<DossierAction> history, Outcome outcome, int version) {
        StoredDossier after = new StoredDossier(dossier.id(), dossier.facts(), outcome.state().summary(), version,
                dossier.dueWarningAt());
        return view(after, outcome.state().summary(), outcome.state(), version, history,
                versions.get(dossier.facts().procedureVersionId()), register::agency, reach.personalDataShown());
    }

    /** A dossier just received, from what the intake already holds: nothing is read again. */
    public Dossier received(long id, DossierFacts facts, Agency agency, ProcedureVersion version, Outcome outcome) {
        StoredDossier stored = new StoredDossier(id, facts, outcome.state().summary(), 1, null);
        return view(stored, outcome.state().summary(), outcome.state(), 1, outcome.appended(), version,
                agencyId -> agencyId == agency.id() ? java.util.Optional.of(agency) : register.agency(agencyId),
                reach.personalDataShown());
    }

    /** Dossiers of a list, without their histories; the agencies' names read once for the list. */
    public List<Dossier> list(List<StoredDossier> dossiers) {
        if (dossiers.isEmpty()) {
            return List.of();
        }
        Map<Long, Agency> agencies = new HashMap<>();
        register.agencies().forEach(a -> agencies.put(a.id(), a));
        Predicate<StoredDossier> personal = reach.personalDataShown(dossiers);
        return dossiers.stream().map(d -> view(d, d.summary(), null, d.version(), List.of(),
                versions.get(d.facts().procedureVersionId()), id -> java.util.Optional.ofNullable(agencies.get(id)), personal)).toList();
    }

    private Dossier view(StoredDossier dossier, DossierSummary s, DossierState state, int version, List<DossierAction> history,
            ProcedureVersion procedure, LongFunction<java.util.Optional<Agency>> agencyById, Predicate<StoredDossier> personalData) {
        DossierFacts f = dossier.facts();
        Agency agency = agencyById.apply(f.agencyId()).orElseThrow();
        String holding = s.holdingAgencyId() == null ? null
                : agencyById.apply(s.holdingAgencyId()).map(Agency::code).orElse(null);
        List<ProcedureStep> steps = procedure.content().steps();
        boolean personal = personalData.test(dossier);
        Instant stepDue = state == null ? null : state.stepDueAt();
        Set<String> published = new TreeSet<>();
        if (state != null) {
            state.publishedOn().stream().map(PublicationTarget::name).forEach(published::add);
        }
        return new Dossier(dossier.id(), f.code(), agency.code(), agency.name(), agency.unitCode(), f.procedureCode(),
                procedure.content().name(), f.procedureVersionId(), f.fieldCode(), f.channel(),
                personal ? f.applicant() : f.applicant().masked(), personal, f.checklist(), f.feeDue(), s.paid(), f.receivedAt(),
                s.firstDueAt(), s.dueAt(), s.status(), s.step(), s.step() < steps.size() ? steps.get(s.step()).name() : null,
                stepDue, s.assignee(), holding, s.completedAt(), s.returnedAt(), s.timeliness(), s.apologies(), published,
                version, s.status().open() ? dossier.dueWarningAt() : null, personal ? history : withoutFiles(history));
    }

    /** A document's file name may name the applicant (a scan of an ID card): readers who see the dossier masked see the action without it. */
    private static List<DossierAction> withoutFiles(List<DossierAction> history) {
        return history.stream().map(a -> a.kind() != ActionKind.ATTACH_DOCUMENT ? a : new DossierAction(a.seq(), a.kind(), a.at(),
                a.actor(), a.step(), a.data().entrySet().stream().filter(e -> !e.getKey().startsWith("file"))
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))).toList();
    }
}
