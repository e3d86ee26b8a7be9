package vn.motcua.procedures.web;

import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import vn.motcua.documents.PdfDocuments;
import vn.motcua.procedures.OnlineOffers;
import vn.motcua.procedures.Procedure;
import vn.motcua.procedures.ProcedureCatalog;
import vn.motcua.procedures.ProcedureSearch;
import vn.motcua.procedures.ReceivingDesks;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.NotFoundException;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitLevel;

/** For citizens, no account: find a procedure and see what to bring, how long it takes and what it costs. */
@Controller
class PublicProcedurePages {

    private final ProcedureCatalog catalog;
    private final OnlineOffers offers;
    private final MotCuaZone zone;
    private final ReceivingDesks desks;
    private final ITemplateEngine templates;
    private final PdfDocuments documents;
    private final PublicRegister register;

    PublicProcedurePages(ProcedureCatalog catalog, OnlineOffers offers, MotCuaZone zone, ReceivingDesks desks, ITemplateEngine templates,
            PdfDocuments documents, PublicRegister register) {
        this.register = register;
        this.catalog = catalog;
        this.offers = offers;
        this.zone = zone;
        this.desks = desks;
        this.templates = templates;
        this.documents = documents;
    }

    /**
     * Today's search offers only the levels some unit has today (province and commune since 01/07/2025); a level
     * in the address that is unknown or no longer exists is left out of the search, and the page says so.
     */
    @GetMapping("/public/procedures")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String fieldCode,
            @RequestParam(required = false) String level, Model model) {
        List<UnitLevel> levels = register.unitsOn(zone.today()).stream().map(Unit::level).distinct().sorted().toList();
        UnitLevel chosen = null;
        if (level != null && !level.isBlank()) {
            chosen = levels.stream().filter(l -> l.name().equalsIgnoreCase(level.trim())).findFirst().orElse(null);
            if (chosen == null) {
                model.addAttribute("levelIgnored", level.trim());
            }
        }
        ProcedureSearch search = new ProcedureSearch(q, fieldCode, chosen, null, null, null, null, false);
        model.addAttribute("search", search);
        model.addAttribute("procedures", catalog.search(search));
        model.addAttribute("fields", catalog.fields());
        model.addAttribute("levels", levels);
        return "procedures/public-list";
    }

    @GetMapping("/public/procedures/{code}")
    String show(@PathVariable String code, Model model) {
        Procedure procedure = catalog.find(code, null).filter(p -> p.inForceOn(zone.today()))
                .orElseThrow(() -> new NotFoundException("procedures.not-found", code));
        model.addAttribute("procedure", procedure);
        // "Nộp hồ sơ trực tuyến" only where some agency takes it online today.
        model.addAttribute("onlineAgencies", offers.agencies(procedure));
        model.addAttribute("desks", desks.of(procedure));
        return "procedures/public-show";
    }

    /**
     * The procedure's tờ khai as a blank paper form (PDF), its questions as the e-form asks them, for
     * those who fill it in by hand before coming to the desk; a procedure without an e-form has none.
     */
    @GetMapping("/public/procedures/{code}/to-khai.pdf")
    ResponseEntity<byte[]> blankForm(@PathVariable String code, Locale locale) {
        Procedure procedure = catalog.find(code, null).filter(p -> p.inForceOn(zone.today()))
                .filter(p -> !p.content().formFields().isEmpty())
                .orElseThrow(() -> new NotFoundException("procedures.not-found", code));
        Context context = new Context(locale);
        context.setVariable("procedure", procedure);
        byte[] pdf = documents.render(templates.process("procedures/blank-form", context));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("to-khai-" + procedure.code() + ".pdf")
                        .build().toString())
                .body(pdf);
    }
}
