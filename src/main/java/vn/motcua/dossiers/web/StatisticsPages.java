package vn.motcua.dossiers.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossiers.DossierForms;
import vn.motcua.dossiers.ProcedureStatistics;
import vn.motcua.shared.LocalizedException;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.units.Unit;
import vn.motcua.shared.ReportingPeriods;
import vn.motcua.units.UnitChoices;
import vn.motcua.units.UnitDirectory;
import vn.motcua.shared.PageFailure;

/** The desk's accountability pages: Biểu 06 statistics with the late hand-overs, and the tracking book of an agency. */
@Controller
class StatisticsPages {

    private final ProcedureStatistics statistics;
    private final DossierForms forms;
    private final UnitChoices unitChoices;
    private final ReportingPeriods periods;
    private final UnitDirectory units;
    private final AgencyDirectory agencies;
    private final WorkingCalendar calendar;
    private final Clock clock;

    StatisticsPages(ProcedureStatistics statistics, DossierForms forms, UnitChoices unitChoices, ReportingPeriods periods,
            UnitDirectory units, AgencyDirectory agencies, WorkingCalendar calendar, Clock clock) {
        this.statistics = statistics;
        this.forms = forms;
        this.unitChoices = unitChoices;
        this.periods = periods;
        this.units = units;
        this.agencies = agencies;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/statistics/procedures")
    String procedures(@RequestParam(required = false) String unitCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        UnitChoices.WindowChoice choice = unitChoices.windowWhileExisting(unitCode, from, to);
        model.addAttribute("unitCode", choice.unit() == null ? null : choice.unit().code());
        model.addAttribute("from", choice.from());
        model.addAttribute("to", choice.to());
        model.addAttribute("unitChoices", choice.offered());
        model.addAttribute("periodChoices", unitChoices.periodsOf(choice));
        model.addAttribute("notInWindow", choice.notInWindow());
        if (choice.unit() != null) {
            try {
                model.addAttribute("statistics", statistics.statistics(choice.unit().code(), choice.from(), choice.to()));
            } catch (LocalizedException e) {
                PageFailure.show(model, e);
            }
        }
        return "dossiers/statistics";
    }

    @GetMapping("/dossiers/book")
    String book(@RequestParam(required = false) String agencyCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfMonth(1) : from;
        model.addAttribute("periodChoices", periods.choices());
        var reachable = agencies.agencies().stream()
                .filter(a -> units.byId(a.unitId()).map(u -> u.validOn(end) || u.validOn(start)).orElse(false)).toList();
        String agency = agencyCode != null && !agencyCode.isBlank() ? agencyCode
                : agencies.ofCaller().map(Agency::code).orElse(null);
        model.addAttribute("agencies", reachable);
        model.addAttribute("agencyCode", agency);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        if (agency != null) {
            try {
                model.addAttribute("book", forms.trackingBook(agency, start, end));
            } catch (LocalizedException e) {
                PageFailure.show(model, e);
            }
        }
        return "dossiers/book";
    }
}
