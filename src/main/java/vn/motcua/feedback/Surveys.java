package vn.motcua.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.dossiers.Dossier;
import vn.motcua.dossiers.DossierLookup;
import vn.motcua.dossiers.DossierQueries;
import vn.motcua.dossiers.DossierStatus;
import vn.motcua.feedback.internal.SurveyRows;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.NotFoundException;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitAccess;
import vn.motcua.units.UnitDirectory;

/**
 * Khảo sát sự hài lòng: the applicant of a returned dossier rates the service once, online, with
 * the dossier's code and the last 4 digits of the phone given at intake (no account); staff type in
 * paper slips. The survey's form for a period (online, paper, both) follows from its answers.
 */
@Service
public class Surveys {

    private final SurveyRows rows;
    private final DossierLookup lookup;
    private final DossierQueries dossiers;
    private final AgencyDirectory agencies;
    private final PublicRegister register;
    private final UnitDirectory units;
    private final UnitAccess access;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final MotCuaZone zone;
    private final Clock clock;

    Surveys(SurveyRows rows, DossierLookup lookup, DossierQueries dossiers, AgencyDirectory agencies, PublicRegister register,
            UnitDirectory units, UnitAccess access, CurrentUser currentUser, AuditTrail audit, MotCuaZone zone, Clock clock) {
        this.rows = rows;
        this.lookup = lookup;
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.register = register;
        this.units = units;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.zone = zone;
        this.clock = clock;
    }

    /**
     * The applicant's own answer; refused before the result is returned and after a first answer. A code
     * and phone digits are checked here as the status lookup checks them, so each attempt counts against
     * the lookup's allowance of the client (the same minute, the same limit, the same 429) and a pair that
     * names no dossier gets the lookup's own answer: guessing through the survey gains nothing over guessing
     * through the lookup.
     */
    @Transactional
    public SurveyAnswer answerOnline(String client, String dossierCode, String phoneDigits, Scores scores, String comment) {
        lookup.admit(client == null ? "unknown" : client);
        if (scores == null) {
            throw new InvalidInputException("information", "feedback.survey.score");
        }
        DossierLookup.Handling dossier = lookup.handling(dossierCode, phoneDigits)
                .orElseThrow(() -> new NotFoundException("dossiers.lookup.not-found"));
        if (dossier.status() != DossierStatus.RETURNED) {
            throw new ConflictException("feedback.survey.not-returned", dossier.code());
        }
        // The applicant rates whichever agency handled the dossier, whoever is signed in on the browser.
        Agency agency = register.agency(dossier.agencyCode()).orElseThrow();
        return store(agency, dossier.code(), SurveyForm.ONLINE, scores, comment, clock.instant(), null);
    }

    /** A paper slip typed in by staff of the agency (or above it); the dossier's code is optional on paper. */
    @PreAuthorize("hasAnyRole('CLERK', 'LEADER', 'REFORM_OFFICER', 'ADMIN', 'REPORTER')")
    @Transactional
    public SurveyAnswer enterPaper(String agencyCode, String dossierCode, LocalDate answeredOn, Scores scores, String comment) {
        if (scores == null) {
            throw new InvalidInputException("information", "feedback.survey.score");
        }
        String code = dossierCode == null || dossierCode.isBlank() ? null : dossierCode.trim();
        Agency agency;
        if (code != null) {
            Dossier dossier = dossiers.get(code);
            agency = agencies.find(dossier.agencyCode()).orElseThrow();
            if (agencyCode != null && !agencyCode.isBlank() && !agencyCode.trim().equals(agency.code())) {
                throw new InvalidInputException("agencyCode", "feedback.survey.other-agency", code, agency.name());
            }
        } else {
            if (agencyCode == null || agencyCode.isBlank()) {
                throw new InvalidInputException("agencyCode", "feedback.agency.required");
            }
            agency = agencies.find(agencyCode.trim())
                    .orElseThrow(() -> new InvalidInputException("agencyCode", "feedback.agency.not-found", agencyCode));
        }
        access.check(agency.unitId());
        LocalDate today = zone.today();
        LocalDate day = answeredOn == null ? today : answeredOn;
        if (day.isAfter(today)) {
            throw new InvalidInputException("answeredOn", "feedback.date.future");
        }
        Instant at = day.equals(today) ? clock.instant() : day.atTime(LocalTime.NOON).atZone(zone.id()).toInstant();
        return store(agency, code, SurveyForm.PAPER, scores, comment, at, currentUser.username());
    }

    private SurveyAnswer store(Agency agency, String dossierCode, SurveyForm form, Scores scores, String comment, Instant at,
            String enteredBy) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > 2000) {
            throw new InvalidInputException("comment", "feedback.text.long", 2000);
        }
        if (dossierCode != null && rows.answered(dossierCode)) {
            throw new ConflictException("feedback.survey.already", dossierCode);
        }
        long id = rows.insert(agency.id(), agency.unitId(), dossierCode, form, scores, text, at, enteredBy);
        if (id < 0) {
            throw new ConflictException("feedback.survey.already", dossierCode);
        }
        SurveyAnswer answer = new SurveyAnswer(id, agency.code(), agency.name(), dossierCode, form, scores, text, at, enteredBy);
        audit.record("survey.answered", "survey", String.valueOf(id), "Phiếu khảo sát " + (form == SurveyForm.ONLINE
                ? "trực tuyến" : "giấy") + " về " + agency.name() + (dossierCode == null ? "" : " (hồ sơ " + dossierCode + ")"),
                null, Map.of("form", form.name(), "average", scores.average()));
        return answer;
    }

    /** The answers about the agencies of a unit and the units below it in the days [from, to]. */
    @Transactional(readOnly = true)
    public List<SurveyAnswer> answers(String unitCode, LocalDate from, LocalDate to) {
        Window window = window(unitCode, from, to);
        Map<Long, Agency> byId = agencies.agencies().stream().collect(Collectors.toMap(Agency::id, a -> a));
        return rows.between(window.unitIds(), window.start(), window.end()).stream().map(r -> new SurveyAnswer(r.id(),
                byId.get(r.agencyId()).code(), byId.get(r.agencyId()).name(), r.dossierCode(), r.form(), r.scores(), r.comment(),
                r.answeredAt(), r.enteredBy())).toList();
    }

    /** Satisfaction per agency over the window, the most answered first. */
    @Transactional(readOnly = true)
    public List<AgencySatisfaction> satisfaction(String unitCode, LocalDate from, LocalDate to) {
        Map<String, List<SurveyAnswer>> byAgency = new LinkedHashMap<>();
        for (SurveyAnswer answer : answers(unitCode, from, to)) {
            byAgency.computeIfAbsent(answer.agencyCode(), k -> new ArrayList<>()).add(answer);
        }
        List<AgencySatisfaction> result = new ArrayList<>();
        byAgency.forEach((code, list) -> {
            int satisfied = (int) list.stream().filter(a -> a.scores().satisfied()).count();
            BigDecimal average = list.stream().map(a -> a.scores().average()).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(list.size()), 2, RoundingMode.HALF_UP);
            result.add(new AgencySatisfaction(code, list.get(0).agencyName(), list.size(), satisfied,
                    BigDecimal.valueOf(satisfied * 100L).divide(BigDecimal.valueOf(list.size()), 2, RoundingMode.HALF_UP), average));
        });
        result.sort(Comparator.comparingInt(AgencySatisfaction::answers).reversed().thenComparing(AgencySatisfaction::agencyName));
        return result;
    }

    private record Window(List<Long> unitIds, Instant start, Instant end) {
    }

    private Window window(String unitCode, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "feedback.window.invalid");
        }
        if (unitCode == null || unitCode.isBlank()) {
            throw new InvalidInputException("unitCode", "feedback.unit.required");
        }
        Unit unit = units.find(unitCode.trim(), to)
                .orElseThrow(() -> new InvalidInputException("unitCode", "feedback.unit.not-found", unitCode, to));
        List<Long> ids = units.unitsUnder(unit.id()).stream().map(Unit::id).toList();
        return new Window(ids, from.atStartOfDay(zone.id()).toInstant(), to.plusDays(1).atStartOfDay(zone.id()).toInstant());
    }
}
