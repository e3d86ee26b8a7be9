package vn.motcua.payments.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.files.FileDownloads;
import vn.motcua.payments.FeeOrders;
import vn.motcua.payments.FeeStatement;
import vn.motcua.payments.Merchant;
import vn.motcua.payments.MerchantSettings;
import vn.motcua.payments.PaymentReturn;
import vn.motcua.payments.ProvinceMerchants;
import vn.motcua.payments.SubmissionFeeStatement;
import vn.motcua.payments.SubmissionFees;

/**
 * Online fee payment through the API: the citizen's dossier fees and orders, a submission's fee before
 * the desk receives it, starting a payment (the
 * answer is the gateway address to open), the outcome of a return; staff read a dossier's payments;
 * administrators set the province's merchant account (the secret is written, never read).
 */
@RestController
class PaymentsApi {

    /** Where to send the citizen's browser. */
    record Started(String redirectUrl) {
    }

    private final FeeOrders orders;
    private final SubmissionFees submissionFees;
    private final ProvinceMerchants merchants;
    private final FileDownloads downloads;

    PaymentsApi(FeeOrders orders, SubmissionFees submissionFees, ProvinceMerchants merchants, FileDownloads downloads) {
        this.downloads = downloads;
        this.orders = orders;
        this.submissionFees = submissionFees;
        this.merchants = merchants;
    }

    @GetMapping("/api/v1/citizen/submissions/{id}/payments")
    SubmissionFeeStatement submission(@PathVariable long id) {
        return submissionFees.ofSubmission(id);
    }

    @PostMapping("/api/v1/citizen/submissions/{id}/payments")
    Started startSubmission(@PathVariable long id, HttpServletRequest request) {
        return new Started(submissionFees.start(id, request.getRemoteAddr()));
    }

    @GetMapping("/api/v1/citizen/submissions/{id}/payments/{reference}/receipt")
    ResponseEntity<Resource> submissionReceipt(@PathVariable long id, @PathVariable String reference) {
        return downloads.download(submissionFees.receipt(id, reference));
    }

    @GetMapping("/api/v1/citizen/dossiers/{code}/payments")
    FeeStatement mine(@PathVariable String code) {
        return orders.ofApplicant(code);
    }

    @PostMapping("/api/v1/citizen/dossiers/{code}/payments")
    Started start(@PathVariable String code, HttpServletRequest request) {
        return new Started(orders.start(code, request.getRemoteAddr()));
    }

    @GetMapping("/api/v1/citizen/payments/vnpay-return")
    PaymentReturn returned(@RequestParam Map<String, String> query) {
        return orders.returned(query);
    }

    @GetMapping("/api/v1/dossiers/{code}/payments")
    FeeStatement ofDossier(@PathVariable String code) {
        return orders.ofDossier(code);
    }

    @GetMapping("/api/v1/citizen/dossiers/{code}/payments/{reference}/receipt")
    ResponseEntity<Resource> applicantReceipt(@PathVariable String code, @PathVariable String reference) {
        return downloads.download(orders.applicantReceipt(code, reference));
    }

    @GetMapping("/api/v1/dossiers/{code}/payments/{reference}/receipt")
    ResponseEntity<Resource> staffReceipt(@PathVariable String code, @PathVariable String reference) {
        return downloads.download(orders.staffReceipt(code, reference));
    }

    @GetMapping("/api/v1/payments/merchants")
    List<Merchant> merchants() {
        return merchants.all();
    }

    @PutMapping("/api/v1/payments/merchants/{provinceCode}")
    Merchant configure(@PathVariable String provinceCode, @Valid @RequestBody MerchantSettings settings) {
        return merchants.configure(provinceCode, settings);
    }
}
