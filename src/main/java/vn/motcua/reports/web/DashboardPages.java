package vn.motcua.reports.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.reports.Dashboard;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.PageFailure;
import vn.motcua.shared.Period;
import vn.motcua.shared.ReportingPeriods;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitChoices;

/** The dashboard of the signed-in unit (or one below it), each figure drilling down to its dossiers. */
@Controller
class DashboardPages {

    private final Dashboard dashboard;
    private final UnitChoices unitChoices;
    private final ReportingPeriods periods;
    private final MotCuaZone zone;
    private final JsonMapper json;

    DashboardPages(Dashboard dashboard, UnitChoices unitChoices, ReportingPeriods periods, MotCuaZone zone, JsonMapper json) {
        this.dashboard = dashboard;
        this.unitChoices = unitChoices;
        this.periods = periods;
        this.zone = zone;
        this.json = json;
    }

    /**
     * A unit's dashboard for a period: by default the account's unit as it is today and the latest
     * period whose window has ended (while the unit existed); a unit asked for a period it did not
     * exist in is shown for its own latest period instead, and said so.
     */
    @GetMapping("/dashboard")
    String page(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String period, Model model) {
        Period asked = null;
        if (period != null && !period.isBlank()) {
            try {
                asked = Period.parse(period.trim());
            } catch (IllegalArgumentException e) {
                PageFailure.show(model, "indicators.period.invalid", period);
            }
        }
        LocalDate askedEnd = asked == null ? null : asked.windowEnd().minusDays(1);
        Unit unit = (unitCode == null || unitCode.isBlank() ? unitChoices.home()
                : unitChoices.find(unitCode.trim(), askedEnd).or(() -> unitChoices.find(unitCode.trim(), null)))
                .orElseThrow(() -> new NotFoundException("units.not-found", unitCode, zone.today()));
        Period chosen = asked != null && UnitChoices.existedIn(unit, asked) ? asked : unitChoices.latestPeriod(unit);
        if (asked != null && !asked.equals(chosen)) {
            model.addAttribute("notInPeriod", List.of(unit.name(), periods.label(asked), periods.label(chosen)));
        }
        Dashboard.View view = dashboard.view(unit.code(), chosen.name());
        model.addAttribute("view", view);
        model.addAttribute("data", json.writeValueAsString(view));
        model.addAttribute("unitChoices", unitChoices.on(chosen.windowEnd().minusDays(1)));
        model.addAttribute("unitCode", unit.code());
        model.addAttribute("periodChoices", unitChoices.periodsOf(unit));
        model.addAttribute("period", chosen.name());
        return "reports/dashboard";
    }

    @GetMapping("/api/v1/dashboard")
    @ResponseBody
    Dashboard.View api(@RequestParam String unitCode, @RequestParam String period) {
        return dashboard.view(unitCode, period);
    }

    @GetMapping("/dashboard/records")
    String records(@RequestParam String measure, @RequestParam String unitCode, @RequestParam String period,
            @RequestParam(required = false) String channel, Model model) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (channel != null && !channel.isBlank()) {
            filters.put("channel", channel);
        }
        model.addAttribute("codes", dashboard.records(measure, unitCode, period, filters));
        model.addAttribute("measure", measure);
        model.addAttribute("unitCode", unitCode);
        model.addAttribute("period", period);
        model.addAttribute("channel", channel);
        return "reports/records";
    }
}
