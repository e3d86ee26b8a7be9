package vn.motcua.portal.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossiers.ActionKind;
import vn.motcua.dossiers.ApplicantDossier;
import vn.motcua.dossiers.ApplicantDossiers;
import vn.motcua.dossiers.Channel;
import vn.motcua.dossiers.DossierStatus;
import vn.motcua.dossiers.ReturnChannel;

/** The dossiers a citizen filed online (CITIZEN): where each stands, what is asked of the citizen, withdrawal. Another's: 404. */
@RestController
@Tag(name = "Citizen dossiers", description = "Hồ sơ của tôi")
class CitizenDossiersApi {

    private final ApplicantDossiers dossiers;
    private final ZoneId zone;

    CitizenDossiersApi(ApplicantDossiers dossiers, WorkingCalendar calendar) {
        this.dossiers = dossiers;
        this.zone = calendar.zone();
    }

    record WithdrawRequest(@Size(max = 1000) String reason) {
    }

    /** A dossier as its citizen follows it; {@code supplementRequest} while the desk waits for papers from the citizen. */
    record ApplicantDossierView(String code, String procedureCode, String procedureName, String agencyName, Channel channel,
            DossierStatus status, OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime completedAt,
            OffsetDateTime returnedAt, ReturnChannel returnedBy, SupplementView supplementRequest, List<EventView> timeline) {

        record SupplementView(OffsetDateTime at, String reason, List<String> items, LocalDate deadline) {
        }

        record EventView(ActionKind action, OffsetDateTime at) {
        }

        static ApplicantDossierView of(ApplicantDossier d, ZoneId zone) {
            ApplicantDossier.SupplementRequest r = d.supplementRequest();
            return new ApplicantDossierView(d.code(), d.procedureCode(), d.procedureName(), d.agencyName(), d.channel(), d.status(),
                    SubmissionView.time(d.receivedAt(), zone), SubmissionView.time(d.dueAt(), zone),
                    SubmissionView.time(d.completedAt(), zone), SubmissionView.time(d.returnedAt(), zone), d.returnedBy(),
                    r == null ? null : new SupplementView(SubmissionView.time(r.at(), zone), r.reason(), r.items(), r.deadline()),
                    d.timeline().stream().map(e -> new EventView(e.action(), SubmissionView.time(e.at(), zone))).toList());
        }
    }

    @GetMapping("/api/v1/citizen/dossiers")
    @Operation(summary = "The citizen's online dossiers, newest first (CITIZEN)")
    List<ApplicantDossierView> list() {
        return dossiers.mine().stream().map(d -> ApplicantDossierView.of(d, zone)).toList();
    }

    @GetMapping("/api/v1/citizen/dossiers/{code}")
    @Operation(summary = "One of the citizen's dossiers with its timeline and any supplement request (reason, items, deadline)")
    ApplicantDossierView get(@PathVariable String code) {
        return ApplicantDossierView.of(dossiers.get(code), zone);
    }

    @PostMapping("/api/v1/citizen/dossiers/{code}/withdraw")
    @Operation(summary = "Withdraw the dossier while it is being processed (WITHDRAW through the dossier's lifecycle)")
    ApplicantDossierView withdraw(@PathVariable String code, @Valid @RequestBody(required = false) WithdrawRequest request) {
        return ApplicantDossierView.of(dossiers.withdraw(code, request == null ? null : request.reason()), zone);
    }
}
