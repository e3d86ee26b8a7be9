package vn.motcua.procedures.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.procedures.OnlineOffers;
import vn.motcua.procedures.Procedure;
import vn.motcua.procedures.ProcedureCatalog;
import vn.motcua.procedures.ProcedureSearch;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.NotFoundException;
import vn.motcua.units.UnitLevel;

/** For citizens, no account: find a procedure and see what to bring, how long it takes and what it costs. */
@Controller
class PublicProcedurePages {

    private final ProcedureCatalog catalog;
    private final OnlineOffers offers;
    private final MotCuaZone zone;

    PublicProcedurePages(ProcedureCatalog catalog, OnlineOffers offers, MotCuaZone zone) {
        this.catalog = catalog;
        this.offers = offers;
        this.zone = zone;
    }

    @GetMapping("/public/procedures")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String fieldCode,
            @RequestParam(required = false) UnitLevel level, Model model) {
        model.addAttribute("search", new ProcedureSearch(q, fieldCode, level, null, null, null, null, false));
        model.addAttribute("procedures", catalog.search(new ProcedureSearch(q, fieldCode, level, null, null, null, null, false)));
        model.addAttribute("fields", catalog.fields());
        model.addAttribute("levels", UnitLevel.values());
        return "procedures/public-list";
    }

    @GetMapping("/public/procedures/{code}")
    String show(@PathVariable String code, Model model) {
        Procedure procedure = catalog.find(code, null).filter(p -> p.inForceOn(zone.today()))
                .orElseThrow(() -> new NotFoundException("procedures.not-found", code));
        model.addAttribute("procedure", procedure);
        // "Nộp hồ sơ trực tuyến" only where some agency takes it online today.
        model.addAttribute("onlineAgencies", offers.agencies(procedure));
        return "procedures/public-show";
    }
}
