package vn.motcua.portal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import vn.motcua.dossiers.Applicant;
import vn.motcua.dossiers.ReturnChannel;
import vn.motcua.portal.DeskItem;
import vn.motcua.portal.Submission;
import vn.motcua.portal.SubmissionDocument;
import vn.motcua.portal.SubmissionStatus;
import vn.motcua.portal.SubmissionStep;
import vn.motcua.procedures.OnlineKind;

/**
 * A submission in the API, its times in Vietnam time with their offset. {@code requests} are the
 * desk's requests to complete it ({@code answered} once resubmitted); {@code answerBy} and
 * {@code late} only in the desk's list, with {@code paidOnline}: the citizen paid its fee online.
 */
record SubmissionView(long id, SubmissionStatus status, String procedureCode, String procedureName, long procedureVersionId,
        OnlineKind onlineKind, String agencyCode, String agencyName, Applicant applicant, Map<String, String> form,
        ReturnChannel returnChannel, List<DocumentView> documents, List<RequestView> requests, List<StepView> history,
        String dossierCode, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime submittedAt, int version,
        LocalDate answerBy, Boolean late, Boolean paidOnline) {

    /** An attached document: {@code reused} when picked from an earlier dossier instead of uploaded. */
    record DocumentView(long id, int requirement, String requirementName, String fileName, String contentType, long size,
            boolean reused) {

        static DocumentView of(SubmissionDocument d) {
            return new DocumentView(d.id(), d.requirement(), d.requirementName(), d.fileName(), d.contentType(), d.size(), d.reused());
        }
    }

    record RequestView(OffsetDateTime at, String reason, List<String> items, boolean answered) {
    }

    record StepView(SubmissionStatus status, OffsetDateTime at, String reason, List<String> items) {
    }

    static SubmissionView of(Submission s, ZoneId zone) {
        return of(s, zone, null, null, null);
    }

    static SubmissionView of(DeskItem item, ZoneId zone) {
        return of(item.submission(), zone, item.answerBy(), item.late(), item.paidOnline());
    }

    private static SubmissionView of(Submission s, ZoneId zone, LocalDate answerBy, Boolean late, Boolean paidOnline) {
        List<SubmissionStep> history = s.history();
        List<RequestView> requests = new java.util.ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            SubmissionStep step = history.get(i);
            if (step.status() == SubmissionStatus.COMPLETION_REQUESTED) {
                boolean answered = history.subList(i + 1, history.size()).stream().anyMatch(h -> h.status() == SubmissionStatus.SUBMITTED);
                requests.add(new RequestView(time(step.at(), zone), step.reason(), step.items(), answered));
            }
        }
        return new SubmissionView(s.id(), s.status(), s.procedureCode(), s.procedureName(), s.procedureVersionId(), s.onlineKind(),
                s.agencyCode(), s.agencyName(), s.applicant(), s.form(), s.returnChannel(),
                s.documents().stream().map(DocumentView::of).toList(), requests,
                history.stream().map(h -> new StepView(h.status(), time(h.at(), zone), h.reason(), h.items())).toList(),
                s.dossierCode(), time(s.createdAt(), zone), time(s.updatedAt(), zone), time(s.submittedAt(), zone), s.version(),
                answerBy, late, paidOnline);
    }

    static OffsetDateTime time(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
