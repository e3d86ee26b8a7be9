package vn.motcua.payments.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

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
import vn.motcua.payments.FeeOrders;
import vn.motcua.payments.SubmissionFees;
import vn.motcua.shared.LocalizedException;
import vn.motcua.shared.PageFailure;
import vn.motcua.shared.Redirects;

/**
 * The citizen's fee page of a dossier or of a submission not yet received (nộp phí trực tuyến), the page the gateway sends the browser back
 * to, the receipts; and the staff's view of a dossier's online payments.
 */
@Controller
class PaymentPages {

    private final FeeOrders orders;
    private final SubmissionFees submissionFees;
    private final FileDownloads downloads;

    PaymentPages(FeeOrders orders, SubmissionFees submissionFees, FileDownloads downloads) {
        this.orders = orders;
        this.submissionFees = submissionFees;
        this.downloads = downloads;
    }

    @GetMapping("/citizen/submissions/{id}/payment")
    String submissionFees(@PathVariable long id, Model model) {
        model.addAttribute("statement", submissionFees.ofSubmission(id));
        return "payments/submission";
    }

    @PostMapping("/citizen/submissions/{id}/payment")
    String paySubmission(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            return "redirect:" + submissionFees.start(id, request.getRemoteAddr());
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
            return Redirects.to("/citizen/submissions/{id}/payment", id);
        }
    }

    @GetMapping("/citizen/submissions/{id}/payments/{reference}/receipt")
    ResponseEntity<Resource> submissionReceipt(@PathVariable long id, @PathVariable String reference) {
        return downloads.download(submissionFees.receipt(id, reference));
    }

    @GetMapping("/citizen/dossiers/{code}/payment")
    String fees(@PathVariable String code, Model model) {
        model.addAttribute("statement", orders.ofApplicant(code));
        model.addAttribute("citizen", true);
        return "payments/dossier";
    }

    @PostMapping("/citizen/dossiers/{code}/payment")
    String pay(@PathVariable String code, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            return "redirect:" + orders.start(code, request.getRemoteAddr());
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
            return Redirects.to("/citizen/dossiers/{code}/payment", code);
        }
    }

    @GetMapping("/citizen/payments/vnpay-return")
    String returned(@RequestParam Map<String, String> query, Model model) {
        model.addAttribute("result", orders.returned(query));
        return "payments/return";
    }

    @GetMapping("/citizen/dossiers/{code}/payments/{reference}/receipt")
    ResponseEntity<Resource> applicantReceipt(@PathVariable String code, @PathVariable String reference) {
        return downloads.download(orders.applicantReceipt(code, reference));
    }

    @GetMapping("/dossiers/{code}/payments")
    String staffFees(@PathVariable String code, Model model) {
        model.addAttribute("statement", orders.ofDossier(code));
        model.addAttribute("citizen", false);
        return "payments/dossier";
    }

    @GetMapping("/dossiers/{code}/payments/{reference}/receipt")
    ResponseEntity<Resource> staffReceipt(@PathVariable String code, @PathVariable String reference) {
        return downloads.download(orders.staffReceipt(code, reference));
    }
}
