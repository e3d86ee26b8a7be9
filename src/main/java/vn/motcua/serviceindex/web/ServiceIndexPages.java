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
import vn.motcua.shared.VietnameseOrder;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitChoices;

/**
 * The service index of a unit and period, with the unit and period chooser of the reports and the
 * dashboard: by default the account's unit as it is today and the latest period that has ended; with
 * {@code agency=<code>} the same card over one agency's records.
 */
@Controller
class ServiceIndexPages {

    private final ServiceIndex index;
    private final UnitChoices unitChoices;
    private final AgencyDirectory agencies;
    private final ReportingPeriods periods;
    private final MotCuaZone zone;

    ServiceIndexPages(ServiceIndex index, UnitChoices unitChoices, AgencyDirectory agencies, ReportingPeriods periods, MotCuaZone zone) {
        this.index = index;
        this.unitChoices = unitChoices;
        this.agencies = agencies;
        this.periods = periods;
        this.zone = zone;
    }

    @GetMapping("/service-index")
    String page(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String period,
            @RequestParam(required = false) String agency, Model model, HttpServletResponse response) {
        Unit home = unitChoices.home().orElseThrow(() -> new NotFoundException("serviceindex.unit.unknown", ""));
        String code = unitCode == null || unitCode.isBlank() ? home.code() : unitCode.trim();
        String periodName = period == null || period.isBlank() ? unitChoices.latestPeriod(home).name() : period.trim();
        model.addAttribute("unitCode", code);
        model.addAttribute("period", periodName);
        model.addAttribute("periodChoices", periods.choices());
        model.addAttribute("unitChoices", unitChoices.on(lastDay(periodName)));
        if (agency != null && !agency.isBlank()) {
            return agencyPage(agency.trim(), periodName, model, response);
        }
        try {
            IndexCard card = index.card(code, periodName);
            model.addAttribute("card", card);
            model.addAttribute("ranking", index.ranking(code, periodName));
            model.addAttribute("agencyRanking", index.agencyRanking(code, periodName));
            model.addAttribute("trend", index.trend(code, periodName));
        } catch (InvalidInputException e) {
            // The chooser stays, so the user picks another unit or period beside the reason.
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            PageFailure.show(model, e);
        }
        return "serviceindex/index";
    }

    /**
     * An agency's card: the agency and period chooser offers the agencies of the units in force at the
     * period's end, so an office of a unit that has ended is never offered for a later period.
     */
    private String agencyPage(String agencyCode, String periodName, Model model, HttpServletResponse response) {
        model.addAttribute("agencyCode", agencyCode);
        model.addAttribute("agencyChoices", agencies.inForceOn(lastDay(periodName)).stream()
                .sorted(VietnameseOrder.by(Agency::unitName).thenComparing(VietnameseOrder.by(Agency::name))).toList());
        try {
            IndexCard card = index.agencyCard(agencyCode, periodName);
            model.addAttribute("card", card);
            model.addAttribute("unitCode", card.unitCode());
            model.addAttribute("trend", index.agencyTrend(agencyCode, periodName));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            PageFailure.show(model, e);
        }
        return "serviceindex/index";
    }

    @GetMapping("/service-index/records")
    String records(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String agency,
            @RequestParam String period, @RequestParam String criterion, @RequestParam String figure, Model model) {
        IndexCard.Role role;
        try {
            role = IndexCard.Role.valueOf(figure.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("figure", "serviceindex.figure.invalid", figure);
        }
        model.addAttribute("records", agency != null && !agency.isBlank() ? index.agencyRecords(agency.trim(), period, criterion, role)
                : index.records(unitCode, period, criterion, role));
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
