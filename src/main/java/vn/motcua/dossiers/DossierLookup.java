package vn.motcua.dossiers;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossiers.internal.DossierBook;
import vn.motcua.dossiers.internal.DossierRows;
import vn.motcua.procedures.ProcedureStep;
import vn.motcua.shared.PublicAllowance;

/**
 * Tra cứu hồ sơ for citizens, no account: by dossier code and the last four digits of the
 * applicant's phone. It never tells whether a code exists to someone without the matching digits,
 * shows no personal data, and limits each client to a number of lookups a minute across instances.
 */
@Service
public class DossierLookup {

    /** What a citizen sees: status, steps, dates; no name, no ID, no officer. */
    public record PublicStatus(String code, String procedureName, DossierStatus status, Instant receivedAt, Instant dueAt,
            Instant completedAt, Instant returnedAt, List<Step> steps, List<Event> timeline) {
    }

    public record Step(String name, boolean done, boolean current) {
    }

    public record Event(ActionKind action, Instant at) {
    }

    private final DossierRows rows;
    private final DossierBook book;
    private final PublicAllowance allowance;
    private final int perMinute;
    private final vn.motcua.units.AgencyDirectory agencies;

    DossierLookup(DossierRows rows, DossierBook book, PublicAllowance allowance,
            @Value("${motcua.lookup.per-minute:20}") int perMinute, vn.motcua.units.AgencyDirectory agencies) {
        this.agencies = agencies;
        this.rows = rows;
        this.book = book;
        this.allowance = allowance;
        this.perMinute = perMinute;
    }

    @Transactional(readOnly = true)
    public Optional<PublicStatus> find(String code, String phoneDigits) {
        if (code == null || phoneDigits == null || !phoneDigits.matches("\\d{4}") || code.length() > 40) {
            return Optional.empty();
        }
        return rows.byCode(code.trim())
                .filter(row -> row.applicant().phone() != null && row.applicant().phone().endsWith(phoneDigits))
                .map(row -> {
                    List<DossierAction> history = rows.actions(row.id());
                    List<ProcedureStep> steps = book.version(row.procedureVersionId()).content().steps();
                    boolean finished = !row.status().open();
                    List<Step> progress = new java.util.ArrayList<>();
                    for (int i = 0; i < steps.size(); i++) {
                        progress.add(new Step(steps.get(i).name(), finished || i < row.currentStep(), !finished && i == row.currentStep()));
                    }
                    List<Event> timeline = history.stream().map(a -> new Event(a.kind(), a.at())).toList();
                    return new PublicStatus(row.code(), book.version(row.procedureVersionId()).content().name(), row.status(),
                            row.receivedAt(), row.dueAt(), row.completedAt(), row.returnedAt(), progress, timeline);
                });
    }

    /** Who handled a dossier and how far it got, for the applicant's satisfaction survey; no personal data. */
    public record Handling(String code, String agencyCode, DossierStatus status, Instant returnedAt) {
    }

    /** The dossier the code and the last 4 digits of the applicant's phone name, as the status page checks them. */
    @Transactional(readOnly = true)
    public Optional<Handling> handling(String code, String phoneDigits) {
        if (code == null || phoneDigits == null || !phoneDigits.matches("\\d{4}") || code.length() > 40) {
            return Optional.empty();
        }
        return rows.byCode(code.trim())
                .filter(row -> row.applicant().phone() != null && row.applicant().phone().endsWith(phoneDigits))
                .map(row -> new Handling(row.code(), agencies.byId(row.agencyId()).orElseThrow().code(), row.status(),
                        row.returnedAt()));
    }

    /** Counts a lookup of the client in its own transaction; fails once the minute's allowance is spent. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void admit(String client) {
        allowance.admit("dossier-lookup", client, perMinute, "dossiers.lookup.too-many");
    }
}
