package vn.motcua.reports;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import vn.motcua.documents.PdfDocuments;
import vn.motcua.indicators.Report;
import vn.motcua.indicators.ReportStatus;
import vn.motcua.indicators.ReportWorkbooks;
import vn.motcua.indicators.UnitReports;
import vn.motcua.reports.internal.DocxWriter;
import vn.motcua.reports.internal.PrintModel;
import vn.motcua.reports.internal.TemplateFiller;
import vn.motcua.shared.DocumentSigning;
import vn.motcua.shared.Period;
import vn.motcua.shared.ReportingPeriods;
import vn.motcua.shared.VietnameseFormat;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyKind;
import vn.motcua.units.PublicRegister;

/**
 * The report in its three forms: Word, PDF (the same page with embedded fonts) and the appendix as Excel.
 * An approved report's PDF is signed by its unit's People's Committee at the approval and kept: it is
 * served as signed from then on, never rendered again.
 */
@Service
public class ReportRendering {

    private final ReportDocuments documents;
    private final ReportWorkbooks workbooks;
    private final ITemplateEngine templates;
    private final VietnameseFormat format;
    private final PdfDocuments pdf;
    private final UnitReports reports;
    private final PublicRegister register;
    private final ObjectProvider<DocumentSigning> signing;
    private final ReportingPeriods periods;

    ReportRendering(ReportDocuments documents, ReportWorkbooks workbooks, ITemplateEngine templates, VietnameseFormat format,
            PdfDocuments pdf, UnitReports reports, PublicRegister register, ObjectProvider<DocumentSigning> signing,
            ReportingPeriods periods) {
        this.periods = periods;
        this.reports = reports;
        this.register = register;
        this.signing = signing;
        this.pdf = pdf;
        this.documents = documents;
        this.workbooks = workbooks;
        this.templates = templates;
        this.format = format;
    }

    @Transactional(readOnly = true)
    public byte[] docx(String template, String period, String unitCode) {
        ReportDocuments.Rendered rendered = documents.render(template, period, unitCode);
        if (rendered.docxTemplate().isPresent()) {
            try {
                return TemplateFiller.fill(rendered.docxTemplate().get(), rendered.document(),
                        DocxWriter.dateLine(rendered.document().issuedOn()), rendered.figures());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return DocxWriter.write(rendered.document(), rendered.report(), rendered.issuer(), format::number);
    }

    @Transactional(readOnly = true)
    public byte[] pdf(String template, String period, String unitCode) {
        Report report = reports.get(template, period, unitCode, false);
        DocumentSigning signer = signing.getIfAvailable();
        if (signer != null && report.status() == ReportStatus.APPROVED) {
            Optional<byte[]> kept = signer.signed(subject(report));
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        return pdf.render(printPage(template, period, unitCode, false));
    }

    /**
     * Signs the approved report's PDF with the certificate of its unit's People's Committee, the signature
     * visible above the signer's name, and keeps it; called in the approval's transaction. A unit whose
     * committee has no certificate keeps rendering its report unsigned.
     *
     * @param approver the approving person's name, carried in the signature
     */
    @Transactional
    public void signApproved(String template, String period, String unitCode, long unitId, String approver) {
        DocumentSigning signer = signing.getIfAvailable();
        Optional<Agency> committee = register.agencies().stream()
                .filter(a -> a.unitId() == unitId && a.kind() == AgencyKind.PEOPLES_COMMITTEE).findFirst();
        if (signer == null || committee.isEmpty()) {
            return;
        }
        Report report = reports.get(template, period, unitCode, false);
        String signerName = documents.get(template, period, unitCode).signer();
        signer.signOnce(subject(report), "bao-cao-" + report.period() + "-" + unitCode + ".pdf", committee.get().code(),
                () -> pdf.render(printPage(template, period, unitCode, false)),
                new DocumentSigning.Mark(signerName == null || signerName.isBlank() ? null : signerName.strip(), true,
                        "Phê duyệt " + inWords(report), approver, inWords(report)));
    }

    /** The report as a person names it: "báo cáo CCHC quý III năm 2026 của Xã Thọ Xuân". */
    private String inWords(Report report) {
        String period = periods.label(Period.parse(report.period()), java.util.Locale.forLanguageTag("vi"));
        return "báo cáo CCHC " + Character.toLowerCase(period.charAt(0)) + period.substring(1) + " của " + report.unitName();
    }

    private static String subject(Report report) {
        return "report/" + report.template() + "/" + report.period() + "/" + report.unitCode() + "/" + report.id();
    }

    /**
     * The printed page as XHTML: the PDF's source and, with {@code screen}, the on-screen preview
     * whose computed figures link to the records behind them.
     */
    @Transactional(readOnly = true)
    public String printPage(String template, String period, String unitCode, boolean screen) {
        ReportDocuments.Rendered rendered = documents.render(template, period, unitCode);
        Context context = new Context(java.util.Locale.forLanguageTag("vi"));
        context.setVariable("model", PrintModel.of(rendered.document(), rendered.issuer()));
        context.setVariable("report", rendered.report());
        context.setVariable("fmt", format);
        context.setVariable("screen", screen);
        return templates.process("reports/print", context);
    }

    @Transactional(readOnly = true)
    public byte[] appendix(String template, String period, String unitCode) {
        return workbooks.form(template, period, unitCode);
    }
}
