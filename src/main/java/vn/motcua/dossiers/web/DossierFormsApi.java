package vn.motcua.dossiers.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.motcua.dossiers.DossierForms;

/** The desk's official forms as files: a dossier's slips and control sheet, an agency's tracking book. */
@RestController
class DossierFormsApi {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final DossierForms forms;

    DossierFormsApi(DossierForms forms) {
        this.forms = forms;
    }

    @GetMapping("/api/v1/dossiers/{code}/forms")
    @Operation(summary = "The official forms the dossier's history calls for, numbered as the circular in force at its receipt")
    List<DossierForms.Printable> printable(@PathVariable String code) {
        return forms.printable(code);
    }

    @GetMapping("/api/v1/dossiers/{code}/forms/{form}.pdf")
    @Operation(summary = "A form as PDF: receipt, supplement-request, refusal, apology, stop-notice, control-sheet (or its number, 01…)")
    ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable String form) {
        return file(forms.pdf(code, form), MediaType.APPLICATION_PDF, code + "-" + form + ".pdf");
    }

    @GetMapping("/api/v1/dossiers/book.pdf")
    @Operation(summary = "Sổ theo dõi hồ sơ: the dossiers an agency received in [from, to], as PDF")
    ResponseEntity<byte[]> bookPdf(@RequestParam String agencyCode,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return file(forms.bookPdf(agencyCode, from, to), MediaType.APPLICATION_PDF, "so-theo-doi-" + agencyCode + ".pdf");
    }

    @GetMapping("/api/v1/dossiers/book.xlsx")
    @Operation(summary = "Sổ theo dõi hồ sơ as a workbook")
    ResponseEntity<byte[]> bookXlsx(@RequestParam String agencyCode,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return file(forms.bookXlsx(agencyCode, from, to), XLSX, "so-theo-doi-" + agencyCode + ".xlsx");
    }

    static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(content);
    }
}
