package vn.motcua.serviceindex.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.serviceindex.IndexCard;
import vn.motcua.serviceindex.ServiceIndex;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.PageFailure;
import vn.motcua.shared.Period;
import vn.motcua.shared.ReportingPeriods;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitChoices;

/**
 * The service index of a unit and period, with the unit and period chooser of the reports and the
 * dashboard: by default the account's unit as it is today and the latest period that has ended.
 */
@Controller
class ServiceIndexPages {

    private final ServiceIndex index;
    private final UnitChoices unitChoices;
    private final ReportingPeriods periods;
    private final MotCuaZone zone;

    ServiceIndexPages(ServiceIndex index, UnitChoices unitChoices, ReportingPeriods periods, MotCuaZone zone) {
        this.index = index;
        this.unitChoices = unitChoices;
        this.periods = periods;
        this.zone = zone;
    }

    @GetMapping("/service-index")
    String page(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String period, Model model,
            HttpServletResponse response) {
        Unit home = unitChoices.home().orElseThrow(() -> new NotFoundException("serviceindex.unit.unknown", ""));
        String code = unitCode == null || unitCode.isBlank() ? home.code() : unitCode.trim();
        String periodName = period == null || period.isBlank() ? unitChoices.latestPeriod(home).name() : period.trim();
        model.addAttribute("unitCode", code);
        model.addAttribute("period", periodName);
        model.addAttribute("periodChoices", periods.choices());
        model.addAttribute("unitChoices", unitChoices.on(lastDay(periodName)));
        try {
            IndexCard card = index.card(code, periodName);
            model.addAttribute("card", card);
            model.addAttribute("ranking", index.ranking(code, periodName));
            model.addAttribute("trend", index.trend(code, periodName));
        } catch (InvalidInputException e) {
            // The chooser stays, so the user picks another unit or period beside the reason.
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            PageFailure.show(model, e);
        }
        return "serviceindex/index";
    }

    @GetMapping("/service-index/records")
    String records(@RequestParam String unitCode, @RequestParam String period, @RequestParam String criterion,
            @RequestParam String figure, Model model) {
        IndexCard.Role role;
        try {
            role = IndexCard.Role.valueOf(figure.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("figure", "serviceindex.figure.invalid", figure);
        }
        model.addAttribute("records", index.records(unitCode, period, criterion, role));
        return "serviceindex/records";
    }

    /** The day the chooser offers units for: the period's last day, or today for a period it cannot read. */
    private LocalDate lastDay(String periodName) {
        try {
            return Period.parse(periodName).windowEnd().minusDays(1);
        } catch (IllegalArgumentException e) {
            return zone.today();
        }
    }
}
