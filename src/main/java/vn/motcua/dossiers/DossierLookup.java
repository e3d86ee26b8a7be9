package vn.motcua.dossiers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossiers.internal.DossierStore;
import vn.motcua.dossiers.internal.ProcedureVersions;
import vn.motcua.dossiers.internal.StoredDossier;
import vn.motcua.dossiers.core.DossierSummary;
import vn.motcua.procedures.ProcedureContent;
import vn.motcua.procedures.ProcedureStep;
import vn.motcua.shared.PublicAllowance;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDesk;
import vn.motcua.units.PublicRegister;

/**
 * Tra cứu hồ sơ for citizens, no account: by dossier code and the last four digits of the
 * applicant's phone. It never tells whether a code exists to someone without the matching digits,
 * shows no personal data, and limits each client to a number of lookups a minute across instances.
 */
@Service
public class DossierLookup {

    /**
     * What a citizen sees: status, steps, dates, the agency and where its desk is, and while a supplement
     * is awaited what was asked; no name, no ID, no officer.
     */
    public record PublicStatus(String code, String procedureName, DossierStatus status, Instant receivedAt, Instant dueAt,
            Instant completedAt, Instant returnedAt, List<Step> steps, List<Event> timeline, String agencyName, AgencyDesk desk,
            Supplement supplement) {
    }

    /** A step of the internal process; {@code doneAt} when the history says when it was finished, else null. */
    public record Step(String name, boolean done, boolean current, Instant doneAt) {
    }

    /** Yêu cầu bổ sung as the applicant needs it: why, which papers, by when (each may be missing but the reason). */
    public record Supplement(Instant askedAt, String reason, List<String> items, LocalDate deadline) {
    }

    public record Event(ActionKind action, Instant at) {
    }

    private final DossierStore store;
    private final ProcedureVersions versions;
    private final PublicAllowance allowance;
    private final int perMinute;
    private final PublicRegister register;

    DossierLookup(DossierStore store, ProcedureVersions versions, PublicAllowance allowance,
            @Value("${motcua.lookup.per-minute:20}") int perMinute, PublicRegister register) {
        this.register = register;
        this.store = store;
        this.versions = versions;
        this.allowance = allowance;
        this.perMinute = perMinute;
    }

    @Transactional(readOnly = true)
    public Optional<PublicStatus> find(String askedCode, String askedDigits) {
        if (askedCode == null || askedDigits == null) {
            return Optional.empty();
        }
        String code = normalised(askedCode);
        String phoneDigits = askedDigits.strip();
        if (!phoneDigits.matches("\\d{4}") || code.length() > 40) {
            return Optional.empty();
        }
        return matching(code, phoneDigits).map(dossier -> {
            DossierSummary s = dossier.summary();
            List<DossierAction> history = store.history(dossier.id());
            ProcedureContent procedure = versions.get(dossier.facts().procedureVersionId()).content();
            List<ProcedureStep> steps = procedure.steps();
            boolean finished = !s.status().open();
            List<Step> progress = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                boolean done = finished || i < s.step();
                progress.add(new Step(steps.get(i).name(), done, !finished && i == s.step(), done ? finishedAt(history, i, finished) : null));
            }
            List<Event> timeline = history.stream().map(a -> new Event(a.kind(), a.at())).toList();
            Supplement supplement = null;
            if (s.status() == DossierStatus.WAITING_SUPPLEMENT) {
                supplement = history.stream().filter(a -> a.kind() == ActionKind.REQUEST_SUPPLEMENT).reduce((a, b) -> b)
                        .map(a -> new Supplement(a.at(), a.text("reason"), a.list("items"), a.day("deadline"))).orElse(null);
            }
            Agency agency = register.agency(dossier.facts().agencyId()).orElseThrow();
            return new PublicStatus(dossier.facts().code(), procedure.name(), s.status(), dossier.facts().receivedAt(), s.dueAt(),
                    s.completedAt(), s.returnedAt(), progress, timeline, agency.name(), register.desk(agency.id()).orElse(null),
                    supplement);
        });
    }

    /**
     * When a step was finished: at the first action after which the dossier stood past it — an action is recorded with the
     * step it was taken at, so the dossier stands after it where the next action was taken, and after the last one past
     * every step once it is finished. One action may close several steps at once (a leader approving straight from the
     * first step): each is dated by it.
     */
    private static Instant finishedAt(List<DossierAction> history, int step, boolean finished) {
        for (int k = 0; k < history.size(); k++) {
            boolean last = k == history.size() - 1;
            if (last ? finished : history.get(k + 1).step() > step) {
                return history.get(k).at();
            }
        }
        return null;
    }

    /** Citizens type the code from a slip or an SMS: in lower case, with a space copied along. */
    private static String normalised(String code) {
        return code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** Who handled a dossier and how far it got, for the applicant's satisfaction survey; no personal data. */
    public record Handling(String code, String agencyCode, DossierStatus status, Instant returnedAt) {
    }

    /** The dossier the code and the last 4 digits of the applicant's phone name, as the status page checks them. */
    @Transactional(readOnly = true)
    public Optional<Handling> handling(String code, String phoneDigits) {
        if (code == null || phoneDigits == null || !phoneDigits.strip().matches("\\d{4}") || code.length() > 40) {
            return Optional.empty();
        }
        return matching(normalised(code), phoneDigits.strip()).map(dossier -> new Handling(dossier.facts().code(),
                register.agency(dossier.facts().agencyId()).orElseThrow().code(), dossier.summary().status(),
                dossier.summary().returnedAt()));
    }

    /** The dossier of the code, only if the applicant's phone ends with the digits given. */
    private Optional<StoredDossier> matching(String code, String phoneDigits) {
        return store.find(code.trim()).filter(dossier -> dossier.facts().applicant().phone() != null
                && dossier.facts().applicant().phone().endsWith(phoneDigits));
    }

    /** Counts a lookup of the client in its own transaction; fails once the minute's allowance is spent. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void admit(String client) {
        allowance.admit("dossier-lookup", client, perMinute, "dossiers.lookup.too-many");
    }
}
