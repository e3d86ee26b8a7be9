package vn.motcua.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.dossiers.Applicant;
import vn.motcua.dossiers.ApplicantDossiers;
import vn.motcua.dossiers.ReturnChannel;
import vn.motcua.portal.internal.FormAnswers;
import vn.motcua.portal.internal.SubmissionRows;
import vn.motcua.portal.internal.SubmissionViews;
import vn.motcua.procedures.OnlineKind;
import vn.motcua.procedures.OnlineOffers;
import vn.motcua.procedures.Procedure;
import vn.motcua.procedures.ProcedureContent;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.Problem;
import vn.motcua.shared.MotCuaUser;
import vn.motcua.shared.NotFoundException;
import vn.motcua.units.Agency;
import vn.motcua.units.PublicRegister;

/**
 * Nộp hồ sơ trực tuyến, the citizen's side: a draft for a procedure offered online at an agency
 * today, its applicant and e-form answers checked on every save, submitted once nothing required is
 * missing, withdrawn while the desk has not decided. A citizen reaches only its own submissions;
 * another's is as unknown as one that does not exist (404).
 */
@Service
@PreAuthorize("hasRole('CITIZEN')")
public class Submissions {

    /** A person's submissions over years: the page lists the latest. */
    private static final int LIST_LIMIT = 200;

    private final SubmissionRows rows;
    private final SubmissionViews views;
    private final OnlineOffers offers;
    private final PublicRegister register;
    private final ApplicantDossiers dossiers;
    private final CitizenGate citizens;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Submissions(SubmissionRows rows, SubmissionViews views, OnlineOffers offers, PublicRegister register, ApplicantDossiers dossiers,
            CitizenGate citizens, CurrentUser currentUser, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.rows = rows;
        this.views = views;
        this.offers = offers;
        this.register = register;
        this.dossiers = dossiers;
        this.citizens = citizens;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** A new draft; what is filled is checked, what is missing may be filled later. */
    @Transactional
    public Submission create(SubmissionDraft draft) {
        MotCuaUser user = currentUser.require();
        if (draft.applicant() == null) {
            draft = new SubmissionDraft(draft.procedureCode(), draft.agencyCode(), citizens.applicant(false), draft.form(),
                    draft.returnChannel());
        }
        Checked checked = check(draft, false, new ArrayList<>());
        Instant now = clock.instant();
        long id = rows.insert(user.accountId(), checked.procedure().code(), checked.procedure().version().id(), checked.agency().id(),
                checked.applicant(), checked.form(), checked.returnChannel(), now);
        Submission created = views.whole(rows.find(id).orElseThrow());
        audit.record("submission.created", "submission", String.valueOf(id),
                "Tạo hồ sơ nộp trực tuyến " + id + " (" + checked.procedure().content().name() + ")", null, created);
        return created;
    }

    /** Saves the draft again — or a submission the desk sent back for completion. The procedure stays what it was. */
    @Transactional
    public Submission update(long id, SubmissionDraft draft) {
        SubmissionRows.Row row = owned(rows.lock(id), id);
        editable(row);
        if (draft.procedureCode() != null && !draft.procedureCode().isBlank() && !draft.procedureCode().trim().equals(row.procedureCode())) {
            throw new InvalidInputException("procedureCode", "portal.submission.procedure-fixed");
        }
        // Left out, the applicant stays as saved.
        Checked checked = check(new SubmissionDraft(row.procedureCode(), draft.agencyCode(),
                draft.applicant() == null ? row.applicant() : draft.applicant(), draft.form(), draft.returnChannel()), false,
                new ArrayList<>());
        rows.update(id, row.procedureCode(), checked.procedure().version().id(), checked.agency().id(), checked.applicant(),
                checked.form(), checked.returnChannel(), clock.instant());
        Submission after = views.whole(rows.find(id).orElseThrow());
        audit.record("submission.saved", "submission", String.valueOf(id), "Lưu hồ sơ nộp trực tuyến " + id, null, after);
        return after;
    }

    @Transactional(readOnly = true)
    public Submission get(long id) {
        return views.whole(owned(rows.find(id), id));
    }

    /** The signed-in citizen's submissions, newest first, without their documents. */
    @Transactional(readOnly = true)
    public List<Submission> mine() {
        return views.list(rows.ofAccount(currentUser.require().accountId(), LIST_LIMIT));
    }

    /**
     * Nộp: sends the submission to the agency's desk. Refused, listing every required field and
     * required document still missing, while anything is; refused to a citizen whose account is not
     * confirmed. A submission already sent is answered as it is: nothing is sent twice.
     */
    @Transactional
    public Submission submit(long id) {
        SubmissionRows.Row row = owned(rows.lock(id), id);
        if (!row.status().editable()) {
            if (row.status() == SubmissionStatus.WITHDRAWN || row.status() == SubmissionStatus.REFUSED) {
                throw new ConflictException("portal.submission.not-editable", row.status());
            }
            return views.whole(row);
        }
        citizens.requireConfirmed();
        Submission current = views.whole(row);
        List<Problem> missing = new ArrayList<>();
        Checked checked = check(new SubmissionDraft(row.procedureCode(), current.agencyCode(), row.applicant(), row.form(),
                row.returnChannel()), true, missing);
        ProcedureContent content = checked.procedure().content();
        for (int requirement = 1; requirement <= content.documents().size(); requirement++) {
            var document = content.documents().get(requirement - 1);
            // The tờ khai is answered by the e-form, whose required fields the check above has already asked for.
            if (!document.optional() && current.documentsFor(requirement).isEmpty() && requirement != content.requirementAnsweredByEForm()) {
                missing.add(new Problem("documents." + requirement, "portal.submission.document-missing", document.name()));
            }
        }
        FormAnswers.refuseIfAny(missing);
        Instant now = clock.instant();
        // The version in force now is the one the answers were checked against.
        rows.update(id, row.procedureCode(), checked.procedure().version().id(), checked.agency().id(), checked.applicant(),
                checked.form(), checked.returnChannel(), now);
        rows.moveTo(id, SubmissionStatus.SUBMITTED, now, currentUser.username(), null);
        rows.addStep(id, SubmissionStatus.SUBMITTED, now, currentUser.username(), null, List.of());
        Submission submitted = views.whole(rows.find(id).orElseThrow());
        audit.record("submission.submitted", "submission", String.valueOf(id),
                "Nộp hồ sơ trực tuyến " + id + " tới " + submitted.agencyName(), row.status(), submitted.status());
        events.publishEvent(new SubmissionActed(id, SubmissionStatus.SUBMITTED, now, submitted.procedureName(),
                submitted.agencyName(), submitted.applicant(), null, List.of(), null));
        return submitted;
    }

    /**
     * Rút hồ sơ: before the desk receives it, the submission is withdrawn; once received, the dossier
     * it became is withdrawn through the dossier's own lifecycle.
     */
    @Transactional
    public Submission withdraw(long id, String reason) {
        SubmissionRows.Row row = owned(rows.lock(id), id);
        if (row.status() == SubmissionStatus.RECEIVED) {
            dossiers.withdraw(row.dossierCode(), reason == null || reason.isBlank() ? null : reason.strip());
            return views.whole(row);
        }
        if (row.status().after(SubmissionStatus.Step.WITHDRAW).isEmpty()) {
            throw new ConflictException("portal.submission.not-withdrawable", row.status());
        }
        if (reason != null && reason.length() > 1000) {
            throw new InvalidInputException("reason", "dossiers.reason.long");
        }
        Instant now = clock.instant();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        rows.moveTo(id, SubmissionStatus.WITHDRAWN, now, currentUser.username(), null);
        rows.addStep(id, SubmissionStatus.WITHDRAWN, now, currentUser.username(), why, List.of());
        Submission withdrawn = views.whole(rows.find(id).orElseThrow());
        audit.record("submission.withdrawn", "submission", String.valueOf(id), "Rút hồ sơ nộp trực tuyến " + id, row.status(),
                withdrawn.status());
        return withdrawn;
    }

    /** The row, if it is the signed-in citizen's; 404 otherwise, as if it did not exist. */
    SubmissionRows.Row owned(java.util.Optional<SubmissionRows.Row> row, long id) {
        long account = currentUser.require().accountId();
        return row.filter(r -> Long.valueOf(account).equals(r.accountId())).orElseThrow(() -> new NotFoundException("portal.submission.not-found", id));
    }

    static void editable(SubmissionRows.Row row) {
        if (!row.status().editable()) {
            throw new ConflictException("portal.submission.not-editable", row.status());
        }
    }

    /** What a draft says, checked: every problem at once, each naming its field. */
    private record Checked(Procedure procedure, Agency agency, Applicant applicant, Map<String, String> form,
            ReturnChannel returnChannel) {
    }

    /**
     * Checks the draft: a procedure or agency that does not fit is refused at once; problems of the
     * applicant, the return channel and the answers are gathered in {@code problems} and refused
     * together — for a draft here, for a submission by the caller, which adds the missing documents first.
     */
    private Checked check(SubmissionDraft draft, boolean complete, List<Problem> problems) {
        Procedure procedure = offers.procedure(draft.procedureCode())
                .orElseThrow(() -> new InvalidInputException("procedureCode", "portal.submission.procedure-not-online",
                        draft.procedureCode() == null ? "" : draft.procedureCode()));
        if (draft.agencyCode() == null || draft.agencyCode().isBlank()) {
            throw new InvalidInputException("agencyCode", "portal.submission.agency-required");
        }
        Agency agency = register.agency(draft.agencyCode().trim()).filter(a -> offers.offeredAt(procedure, a))
                .orElseThrow(() -> new InvalidInputException("agencyCode", "portal.submission.agency-not-online",
                        draft.agencyCode().trim(), procedure.content().name()));
        Applicant applicant = null;
        try {
            applicant = draft.applicant() == null ? null : draft.applicant().checked();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (draft.applicant() == null) {
            problems.add(new Problem("applicant.name", "dossiers.applicant.name"));
        }
        ReturnChannel channel = draft.returnChannel() != null ? draft.returnChannel()
                : procedure.content().onlineKind() == OnlineKind.FULL ? ReturnChannel.ONLINE : ReturnChannel.DIRECT;
        if (channel == ReturnChannel.ONLINE && procedure.content().onlineKind() != OnlineKind.FULL) {
            problems.add(new Problem("returnChannel", "portal.submission.online-return-full-only"));
        }
        Map<String, String> form = FormAnswers.check(procedure.content().formFields(), draft.form(), complete, problems);
        if (!complete) {
            FormAnswers.refuseIfAny(problems);
        }
        return new Checked(procedure, agency, applicant, form, channel);
    }
}
