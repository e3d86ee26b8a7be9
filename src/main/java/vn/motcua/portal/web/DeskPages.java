package vn.motcua.portal.web;

import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.files.FileDownloads;
import vn.motcua.portal.DeskItem;
import vn.motcua.portal.SubmissionDesk;
import vn.motcua.procedures.ProcedureCatalog;
import vn.motcua.shared.LocalizedException;
import vn.motcua.shared.PageFailure;
import vn.motcua.shared.Redirects;

/**
 * Hồ sơ trực tuyến chờ tiếp nhận: the desk's list of online submissions of its agency, the longest
 * waiting first and flagged once past the working day after submission, and the page to check one
 * (answers, documents) and receive it, ask for completion, or refuse it.
 */
@Controller
class DeskPages {

    private final SubmissionDesk desk;
    private final ProcedureCatalog catalog;
    private final FileDownloads downloads;

    DeskPages(SubmissionDesk desk, ProcedureCatalog catalog, FileDownloads downloads) {
        this.desk = desk;
        this.catalog = catalog;
        this.downloads = downloads;
    }

    @GetMapping("/desk/submissions")
    String list(@RequestParam(required = false) String agencyCode, Model model) {
        List<DeskItem> items = desk.list(agencyCode, null);
        model.addAttribute("items", items);
        model.addAttribute("late", items.stream().filter(DeskItem::late).count());
        return "portal/desk-list";
    }

    @GetMapping("/desk/submissions/{id}")
    String show(@PathVariable long id, Model model) {
        DeskItem item = desk.item(id);
        model.addAttribute("item", item);
        model.addAttribute("submission", item.submission());
        model.addAttribute("procedure", catalog.version(item.submission().procedureVersionId()).orElseThrow().content());
        return "portal/desk-submission";
    }

    @GetMapping("/desk/submissions/{id}/documents/{documentId}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long documentId) {
        return downloads.download(desk.document(id, documentId).fileId());
    }

    @PostMapping("/desk/submissions/{id}/receive")
    String receive(@PathVariable long id, RedirectAttributes redirect) {
        try {
            SubmissionDesk.Received received = desk.receive(id);
            redirect.addFlashAttribute("received", true);
            return Redirects.to("/dossiers/{code}", received.dossier().code());
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
            return Redirects.to("/desk/submissions/{id}", id);
        }
    }

    @PostMapping("/desk/submissions/{id}/request-completion")
    String requestCompletion(@PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String items, RedirectAttributes redirect) {
        try {
            // The missing papers are typed one a line.
            desk.requestCompletion(id, reason, items == null ? List.of() : items.lines().toList());
            redirect.addFlashAttribute("decided", "COMPLETION_REQUESTED");
            return "redirect:/desk/submissions";
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
            return Redirects.to("/desk/submissions/{id}", id);
        }
    }

    @PostMapping("/desk/submissions/{id}/refuse")
    String refuse(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            desk.refuse(id, reason);
            redirect.addFlashAttribute("decided", "REFUSED");
            return "redirect:/desk/submissions";
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
            return Redirects.to("/desk/submissions/{id}", id);
        }
    }
}
