package vn.motcua.reports.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.reports.Dashboard;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.units.UnitDirectory;

/** The dashboard of the signed-in unit (or one below it), each figure drilling down to its dossiers. */
@Controller
class DashboardPages {

    private final Dashboard dashboard;
    private final UnitDirectory units;
    private final CurrentUser currentUser;
    private final MotCuaZone zone;
    private final JsonMapper json;

    DashboardPages(Dashboard dashboard, UnitDirectory units, CurrentUser currentUser, MotCuaZone zone, JsonMapper json) {
        this.dashboard = dashboard;
        this.units = units;
        this.currentUser = currentUser;
        this.zone = zone;
        this.json = json;
    }

    @GetMapping("/dashboard")
    String page(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String period, Model model) {
        String unit = unitCode != null ? unitCode
                : currentUser.require().unitId() == null ? "38"
                        : units.byId(currentUser.require().unitId()).map(u -> u.code()).orElse("38");
        String chosen = period != null && !period.isBlank() ? period
                : zone.today().getYear() + "-Q" + ((zone.today().getMonthValue() - 1) / 3 + 1);
        Dashboard.View view = dashboard.view(unit, chosen);
        model.addAttribute("view", view);
        model.addAttribute("data", json.writeValueAsString(view));
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
