package vn.motcua.units.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.MotCuaUser;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitDirectory;

/** The home page: the signed-in account's agency, its unit and the units below it today, and the units it worked for before. */
@Controller
class HomePage {

    private final CurrentUser currentUser;
    private final UnitDirectory units;
    private final vn.motcua.units.AgencyDirectory agencies;
    private final MotCuaZone zone;

    HomePage(CurrentUser currentUser, UnitDirectory units, vn.motcua.units.AgencyDirectory agencies, MotCuaZone zone) {
        this.currentUser = currentUser;
        this.units = units;
        this.agencies = agencies;
        this.zone = zone;
    }

    @GetMapping("/")
    String home(Model model) {
        MotCuaUser user = currentUser.require();
        model.addAttribute("user", user);
        model.addAttribute("today", zone.today());
        model.addAttribute("agency", user.agencyId() == null ? null : agencies.byId(user.agencyId()).orElse(null));
        List<Unit> tree = user.unitId() == null ? units.unitsOn(zone.today()) : units.subtree(user.unitId(), zone.today());
        model.addAttribute("unit", user.unitId() == null ? null : units.byId(user.unitId()).orElse(null));
        model.addAttribute("tree", tree);
        model.addAttribute("historic", user.unitId() != null && tree.isEmpty());
        // Units the account worked for before a reorganisation: their past records stay readable, so
        // the page says where to find them instead of leaving the account to guess a code.
        model.addAttribute("formerUnits", user.formerUnitIds().stream().map(units::byId).flatMap(java.util.Optional::stream)
                .filter(u -> !u.validOn(zone.today())).sorted(vn.motcua.shared.VietnameseOrder.by(Unit::name)).toList());
        return "home";
    }
}
