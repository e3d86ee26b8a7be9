package vn.motcua.dossiers.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.motcua.calendar.Timeliness;
import vn.motcua.dossiers.ActionKind;
import vn.motcua.dossiers.Applicant;
import vn.motcua.dossiers.Channel;
import vn.motcua.dossiers.ChecklistItem;
import vn.motcua.dossiers.Dossier;
import vn.motcua.dossiers.DossierStatus;

/** A dossier in the API, its times in Vietnam time with their offset. */
record DossierView(String code, DossierStatus status, OffsetDateTime receivedAt, OffsetDateTime dueAt,
        OffsetDateTime firstDueAt, String procedureCode, String procedureName, String agencyCode, String agencyName,
        String unitCode, Channel channel, Applicant applicant, boolean personalDataShown, List<ChecklistItem> checklist,
        long feeDue, long paid, int currentStep, String currentStepName, OffsetDateTime currentStepDueAt, String assignee,
        String holdingAgencyCode, OffsetDateTime completedAt, OffsetDateTime returnedAt, Timeliness timeliness, int apologies,
        Set<String> publishedOn, int version, OffsetDateTime dueWarningAt, List<ActionView> history) {

    record ActionView(int seq, ActionKind action, OffsetDateTime at, String actor, int step, Map<String, Object> data) {
    }

    static DossierView of(Dossier d, ZoneId zone) {
        return new DossierView(d.code(), d.status(), time(d.receivedAt(), zone), time(d.dueAt(), zone), time(d.firstDueAt(), zone),
                d.procedureCode(), d.procedureName(), d.agencyCode(), d.agencyName(), d.unitCode(), d.channel(), d.applicant(),
                d.personalDataShown(), d.checklist(), d.feeDue(), d.paid(), d.currentStep(), d.currentStepName(),
                time(d.currentStepDueAt(), zone), d.assignee(), d.holdingAgencyCode(), time(d.completedAt(), zone),
                time(d.returnedAt(), zone), d.timeliness(), d.apologies(), d.publishedOn(), d.version(), time(d.dueWarningAt(), zone),
                d.history().stream().map(a -> new ActionView(a.seq(), a.kind(), time(a.at(), zone), a.actor(), a.step(), a.data()))
                        .toList());
    }

    static OffsetDateTime time(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
