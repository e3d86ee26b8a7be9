package vn.motcua.reports;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import vn.motcua.documents.PdfDocuments;
import vn.motcua.indicators.ReportWorkbooks;
import vn.motcua.reports.internal.DocxWriter;
import vn.motcua.reports.internal.PrintModel;
import vn.motcua.reports.internal.TemplateFiller;
import vn.motcua.shared.VietnameseFormat;

/** The report in its three forms: Word, PDF (the same page with embedded fonts) and the appendix as Excel. */
@Service
public class ReportRendering {

    private final ReportDocuments documents;
    private final ReportWorkbooks workbooks;
    private final ITemplateEngine templates;
    private final VietnameseFormat format;
    private final PdfDocuments pdf;

    ReportRendering(ReportDocuments documents, ReportWorkbooks workbooks, ITemplateEngine templates, VietnameseFormat format,
            PdfDocuments pdf) {
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
        return pdf.render(printPage(template, period, unitCode, false));
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
