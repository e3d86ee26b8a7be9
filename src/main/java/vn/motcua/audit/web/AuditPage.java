package vn.motcua.audit.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditQuery;
import vn.motcua.audit.AuditSearch;

/** The audit trail, searchable by administrators, as a page and as JSON. */
@Controller
class AuditPage {

    private final AuditSearch search;
    private final AuditLines lines;

    AuditPage(AuditSearch search, AuditLines lines) {
        this.search = search;
        this.lines = lines;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(required = false) String username, @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model, java.util.Locale locale) {
        AuditQuery query = new AuditQuery(username, entityType, text, from, to, page, 50);
        model.addAttribute("query", query);
        List<AuditEntry> entries = search.search(query);
        model.addAttribute("entries", entries);
        model.addAttribute("lines", lines.of(entries, locale));
        return "audit/search";
    }

    @GetMapping("/api/v1/audit")
    @ResponseBody
    @Operation(summary = "Search the audit trail (ADMIN)", tags = "Audit")
    List<AuditEntry> api(@RequestParam(required = false) String username, @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return search.search(new AuditQuery(username, entityType, text, from, to, page, size));
    }
}
