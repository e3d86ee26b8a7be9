package vn.motcua.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossiers.Channel;
import vn.motcua.dossiers.DocumentKind;
import vn.motcua.dossiers.DocumentOrigin;
import vn.motcua.dossiers.Dossier;
import vn.motcua.dossiers.DossierDocuments;
import vn.motcua.dossiers.DossierIntake;
import vn.motcua.dossiers.DossierQueries;
import vn.motcua.dossiers.NewDossier;
import vn.motcua.portal.internal.SubmissionRows;
import vn.motcua.portal.internal.SubmissionViews;
import vn.motcua.procedures.OnlineKind;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;

/**
 * Tiếp nhận hồ sơ trực tuyến: the agency's desk works through the submissions waiting for it —
 * receives one (it becomes a dossier with its national code, through the same intake as at the
 * counter, its documents attached), asks for completion naming what is missing, or refuses it with a
 * reason. Staff reach the submissions of the agencies within their units only (others: 404). Two
 * clerks, or one clicking twice, queue on the submission's row: it becomes one dossier, never two.
 */
@Service
@PreAuthorize("hasAnyRole('CLERK', 'ADMIN', 'LEADER', 'SPECIALIST')")
public class SubmissionDesk {

    private static final int LIST_LIMIT = 500;
    private static final int MAX_REASON = 1000;
    private static final int MAX_ITEMS = 20;
    private static final int MAX_ITEM = 300;

    private final SubmissionRows rows;
    private final SubmissionViews views;
    private final AgencyDirectory agencies;
    private final DossierIntake intake;
    private final DossierQueries dossiers;
    private final DossierDocuments dossierDocuments;
    private final WorkingCalendar calendar;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PaidSubmissions paid;

    SubmissionDesk(SubmissionRows rows, SubmissionViews views, AgencyDirectory agencies, DossierIntake intake,
            DossierQueries dossiers, DossierDocuments dossierDocuments, WorkingCalendar calendar, CurrentUser currentUser,
            AuditTrail audit, Clock clock, ApplicationEventPublisher events, ObjectProvider<PaidSubmissions> paid) {
        this.rows = rows;
        this.views = views;
        this.agencies = agencies;
        this.intake = intake;
        this.dossiers = dossiers;
        this.dossierDocuments = dossierDocuments;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.paid = paid.getIfAvailable(() -> ids -> Set.of());
    }

    /**
     * Submissions of an agency within reach in a status (SUBMITTED when none is given), the longest
     * waiting first; without an agency, the caller's own agency, or every agency within reach for an
     * account of none.
     */
    @Transactional(readOnly = true)
    public List<DeskItem> list(String agencyCode, SubmissionStatus status) {
        List<Long> agencyIds;
        if (agencyCode != null && !agencyCode.isBlank()) {
            agencyIds = List.of(agencies.find(agencyCode.trim())
                    .orElseThrow(() -> new InvalidInputException("agencyCode", "dossiers.agency.not-found", agencyCode)).id());
        } else {
            agencyIds = agencies.ofCaller().map(a -> List.of(a.id()))
                    .orElseGet(() -> agencies.agencies().stream().map(Agency::id).toList());
        }
        LocalDate today = clock.instant().atZone(calendar.zone()).toLocalDate();
        List<Submission> found = views.list(rows.ofAgencies(agencyIds, status == null ? SubmissionStatus.SUBMITTED : status, LIST_LIMIT));
        Set<Long> paidOnline = paid.paidOnline(found.stream().map(Submission::id).toList());
        List<DeskItem> items = new ArrayList<>();
        for (Submission submission : found) {
            items.add(item(submission, today, paidOnline.contains(submission.id())));
        }
        return items;
    }

    /** How many submissions wait at the caller's own agency: the count beside the desk's menu entry. */
    @Transactional(readOnly = true)
    public long waitingAtMyAgency() {
        return agencies.ofCaller().map(a -> rows.countWaiting(a.id())).orElse(0L);
    }

    @Transactional(readOnly = true)
    public Submission get(long id) {
        return views.whole(reached(rows.find(id), id));
    }

    /** The same, with the day it should be answered by. */
    @Transactional(readOnly = true)
    public DeskItem item(long id) {
        return item(views.whole(reached(rows.find(id), id)), clock.instant().atZone(calendar.zone()).toLocalDate(),
                !paid.paidOnline(List.of(id)).isEmpty());
    }

    /**
     * Tiếp nhận: the submission becomes a dossier — its national code, the channel as the procedure is
     * offered online, its appointment counted from now on the working calendar — with the citizen's
     * documents attached as born digital. Received already, it answers the same dossier again.
     */
    @Transactional
    public Received receive(long id) {
        SubmissionRows.Row row = reached(rows.lock(id), id);
        if (row.status() == SubmissionStatus.RECEIVED) {
            return new Received(dossiers.get(row.dossierCode()), false);
        }
        allowed(row, SubmissionStatus.Step.RECEIVE);
        Submission submission = views.whole(row);
        Channel channel = submission.onlineKind() == OnlineKind.FULL ? Channel.ONLINE_FULL : Channel.ONLINE_PARTIAL;
        var content = views.content(row.procedureVersionId());
        int requirements = content.documents().size();
        List<Boolean> received = new ArrayList<>();
        for (int requirement = 1; requirement <= requirements; requirement++) {
            // The tờ khai declared through the e-form was received with the submission's answers.
            received.add(!submission.documentsFor(requirement).isEmpty() || requirement == content.requirementAnsweredByEForm());
        }
        Dossier dossier = intake.receive(new NewDossier(row.procedureCode(), submission.agencyCode(), channel, row.applicant(), received,
                row.accountId()));
        // The citizen's files become the dossier's papers as they are: born digital, a reused one naming where it came from.
        for (SubmissionDocument document : submission.documents()) {
            dossierDocuments.attach(dossier.code(), document.fileId(), document.requirement(), DocumentKind.DOSSIER,
                    DocumentOrigin.BORN_DIGITAL, document.reusedFrom());
        }
        Instant now = clock.instant();
        rows.moveTo(id, SubmissionStatus.RECEIVED, now, currentUser.username(), dossier.code());
        rows.addStep(id, SubmissionStatus.RECEIVED, now, currentUser.username(), null, List.of());
        audit.record("submission.received", "submission", String.valueOf(id),
                "Tiếp nhận hồ sơ nộp trực tuyến " + id + " thành hồ sơ " + dossier.code(), row.status(), SubmissionStatus.RECEIVED);
        events.publishEvent(new SubmissionActed(id, SubmissionStatus.RECEIVED, now, submission.procedureName(),
                submission.agencyName(), row.applicant(), null, List.of(), dossier.code()));
        return new Received(dossiers.get(dossier.code()), true);
    }

    /** The dossier a submission became, and whether this call made it (false: received before, answered again). */
    public record Received(Dossier dossier, boolean created) {
    }

    /** Yêu cầu bổ sung, hoàn thiện: sent back to the citizen naming what is missing and why; it comes back when resubmitted. */
    @Transactional
    public Submission requestCompletion(long id, String reason, List<String> items) {
        SubmissionRows.Row row = reached(rows.lock(id), id);
        allowed(row, SubmissionStatus.Step.REQUEST_COMPLETION);
        String why = reason(reason);
        List<String> missing = items == null ? List.of() : items.stream().filter(i -> i != null && !i.isBlank()).map(String::strip).toList();
        if (missing.isEmpty()) {
            throw new InvalidInputException("items", "portal.desk.items-required");
        }
        if (missing.size() > MAX_ITEMS || missing.stream().anyMatch(i -> i.length() > MAX_ITEM)) {
            throw new InvalidInputException("items", "portal.desk.items-long", MAX_ITEMS, MAX_ITEM);
        }
        return decide(row, SubmissionStatus.COMPLETION_REQUESTED, why, missing, "submission.completion-requested",
                "Yêu cầu bổ sung hồ sơ nộp trực tuyến ");
    }

    /** Từ chối tiếp nhận, with the reason the citizen is told. */
    @Transactional
    public Submission refuse(long id, String reason) {
        SubmissionRows.Row row = reached(rows.lock(id), id);
        allowed(row, SubmissionStatus.Step.REFUSE);
        return decide(row, SubmissionStatus.REFUSED, reason(reason), List.of(), "submission.refused",
                "Từ chối hồ sơ nộp trực tuyến ");
    }

    private Submission decide(SubmissionRows.Row row, SubmissionStatus status, String reason, List<String> items, String auditAction,
            String summary) {
        Instant now = clock.instant();
        rows.moveTo(row.id(), status, now, currentUser.username(), null);
        rows.addStep(row.id(), status, now, currentUser.username(), reason, items);
        Submission after = views.whole(rows.find(row.id()).orElseThrow());
        audit.record(auditAction, "submission", String.valueOf(row.id()), summary + row.id() + ": " + reason, row.status(), status);
        events.publishEvent(new SubmissionActed(row.id(), status, now, after.procedureName(), after.agencyName(), row.applicant(),
                reason, items, null));
        return after;
    }

    /** The file of a submission's document, for the desk to check it. */
    @Transactional(readOnly = true)
    public SubmissionDocument document(long submissionId, long documentId) {
        return views.whole(reached(rows.find(submissionId), submissionId)).documents().stream().filter(d -> d.id() == documentId)
                .findFirst().orElseThrow(() -> new NotFoundException("portal.document.not-found", documentId));
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "dossiers.reason.required");
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "dossiers.reason.long");
        }
        return reason.strip();
    }

    private static void allowed(SubmissionRows.Row row, SubmissionStatus.Step step) {
        if (row.status().after(step).isEmpty()) {
            throw new ConflictException("portal.desk.step-not-allowed", row.status());
        }
    }

    /** The row, if its agency is within the caller's reach; 404 otherwise. */
    private SubmissionRows.Row reached(java.util.Optional<SubmissionRows.Row> row, long id) {
        List<Long> reachable = agencies.agencies().stream().map(Agency::id).toList();
        return row.filter(r -> r.status() != SubmissionStatus.DRAFT && reachable.contains(r.agencyId()))
                .orElseThrow(() -> new NotFoundException("portal.submission.not-found", id));
    }

    private DeskItem item(Submission submission, LocalDate today, boolean paidOnline) {
        if (submission.submittedAt() == null) {
            return new DeskItem(submission, null, false, paidOnline);
        }
        LocalDate answerBy = submission.submittedAt().atZone(calendar.zone()).toLocalDate().plusDays(1);
        while (!calendar.isWorkingDay(answerBy)) {
            answerBy = answerBy.plusDays(1);
        }
        return new DeskItem(submission, answerBy, submission.status().waiting() && today.isAfter(answerBy), paidOnline);
    }
}
