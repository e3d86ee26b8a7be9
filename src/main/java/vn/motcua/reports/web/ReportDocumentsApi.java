package vn.motcua.reports.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.motcua.reports.ReportDocument;
import vn.motcua.reports.ReportDocuments;
import vn.motcua.reports.ReportDocuments;

@RestController
@RequestMapping("/api/v1/reports/{template}/{period}/{unitCode}")
@Tag(name = "Report documents", description = "Văn bản báo cáo (Nghị định 30/2020/NĐ-CP)")
class ReportDocumentsApi {

    private final ReportDocuments documents;
    private final vn.motcua.reports.ReportRendering rendering;

    ReportDocumentsApi(ReportDocuments documents, vn.motcua.reports.ReportRendering rendering) {
        this.documents = documents;
        this.rendering = rendering;
    }

    record DocumentRequest(@Size(max = 200) String authority, @Size(max = 60) String number, @Size(max = 100) String place,
            LocalDate issuedOn, @Size(max = 500) String title, @Size(max = 500) String addressee,
            @NotNull @Size(max = 30) List<ReportDocument.Section> sections, @Size(max = 200) String signatureRole,
            @Size(max = 200) String signer, @Size(max = 2000) String recipients, Integer version,
            @Size(max = 60) String signerAccount) {
    }

    @GetMapping("/document")
    @Operation(summary = "The report's composition with its placeholders ({3.3.1}) and footnotes ([^…]) as written")
    ReportDocument document(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode) {
        return documents.get(template, period, unitCode);
    }

    @GetMapping("/document/signers")
    @Operation(summary = "Who may sign the report: the leaders working today in the unit's People's Committee (signerAccount takes one's username)")
    List<ReportDocuments.Signer> signers(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode) {
        return documents.signers(template, period, unitCode);
    }

    @GetMapping("/document/draft")
    @Operation(summary = "The standard outline MotCua writes from the unit's records now, whether or not the unit saved its own document")
    ReportDocument draft(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode) {
        return documents.draft(template, period, unitCode);
    }

    @PutMapping("/document")
    @Operation(summary = "Save the report's composition")
    ReportDocument save(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode,
            @Valid @RequestBody DocumentRequest r) {
        return documents.save(template, period, unitCode, new ReportDocument(template, period, unitCode, r.authority(), r.number(),
                r.place(), r.issuedOn(), r.title(), r.addressee() == null ? "" : r.addressee(), r.sections(), r.signatureRole(),
                r.signer() == null ? "" : r.signer(), r.recipients() == null ? "" : r.recipients(), 0, true, r.signerAccount(), null),
                r.version());
    }

    @GetMapping("/report.docx")
    @Operation(summary = "The report as Word (DOCX) in the layout of Decree 30/2020/NĐ-CP, with the appendix")
    ResponseEntity<byte[]> docx(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode) {
        return download(rendering.docx(template, period, unitCode), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "bao-cao-" + period + "-" + unitCode + ".docx");
    }

    @GetMapping("/report.pdf")
    @Operation(summary = "The report as PDF with embedded fonts that carry Vietnamese diacritics")
    ResponseEntity<byte[]> pdf(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode) {
        return download(rendering.pdf(template, period, unitCode), "application/pdf", "bao-cao-" + period + "-" + unitCode + ".pdf");
    }

    @GetMapping("/appendix.xlsx")
    @Operation(summary = "The appendix as XLSX in the printed layout")
    ResponseEntity<byte[]> appendix(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode) {
        return download(rendering.appendix(template, period, unitCode),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "phu-luc-" + period + "-" + unitCode + ".xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] content, String type, String filename) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(content);
    }

    @org.springframework.web.bind.annotation.PutMapping(path = "/docx-template", consumes = {
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/octet-stream" })
    @Operation(summary = "Replace the built-in Word layout with the unit's own template ({authority}, {number}, {date}, {3.3.1}, {body}, …)")
    ResponseEntity<Void> uploadTemplate(@PathVariable String unitCode, @RequestBody byte[] content) {
        documents.saveDocxTemplate(unitCode, content);
        return ResponseEntity.noContent().build();
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/docx-template")
    @Operation(summary = "Go back to the built-in Word layout")
    ResponseEntity<Void> removeTemplate(@PathVariable String unitCode) {
        documents.removeDocxTemplate(unitCode);
        return ResponseEntity.noContent().build();
    }
}
