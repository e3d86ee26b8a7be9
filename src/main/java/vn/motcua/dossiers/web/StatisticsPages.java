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
import vn.motcua.units.UnitDirectory;
import vn.motcua.shared.PageFailure;

/** The desk's accountability pages: Biểu 06 statistics with the late hand-overs, and the tracking book of an agency. */
@Controller
class StatisticsPages {

    private final ProcedureStatistics statistics;
    private final DossierForms forms;
    private final UnitDirectory units;
    private final AgencyDirectory agencies;
    private final WorkingCalendar calendar;
    private final Clock clock;

    StatisticsPages(ProcedureStatistics statistics, DossierForms forms, UnitDirectory units, AgencyDirectory agencies,
            WorkingCalendar calendar, Clock clock) {
        this.statistics = statistics;
        this.forms = forms;
        this.units = units;
        this.agencies = agencies;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/statistics/procedures")
    String procedures(@RequestParam(required = false) String unitCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfMonth(1).withMonth(((end.getMonthValue() - 1) / 3) * 3 + 1) : from;
        List<Unit> reachable = units.unitsOn(end);
        String unit = unitCode != null && !unitCode.isBlank() ? unitCode
                : agencies.ofCaller().map(Agency::unitCode)
                        .orElse(reachable.isEmpty() ? null : reachable.get(0).code());
        model.addAttribute("unitCode", unit);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("units", reachable);
        try {
            model.addAttribute("statistics", statistics.statistics(unit, start, end));
        } catch (LocalizedException e) {
            PageFailure.show(model, e);
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
