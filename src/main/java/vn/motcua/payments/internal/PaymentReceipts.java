package vn.motcua.payments.internal;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import vn.motcua.documents.PdfDocuments;
import vn.motcua.dossiers.DossierFee;
import vn.motcua.files.FileStore;
import vn.motcua.files.StoredFile;
import vn.motcua.shared.FileContent;
import vn.motcua.shared.VietnameseFormat;

/**
 * Biên lai thu phí, lệ phí điện tử: the receipt of a fee paid online — who collected it, from whom, for
 * which dossier and procedure, the amount in figures and in words, the gateway's transaction number and
 * the time — rendered to PDF once, when the payment is confirmed, and kept in the files module.
 */
@Component
public class PaymentReceipts {

    /**
     * What a receipt states: its number, the dossier's code (or the submission's, TT-…, when paid before the
     * desk received it), who paid what to whom, and the gateway's transaction.
     */
    public record Receipt(String number, String subject, FeeOrderRows.Payer payer, long amount, String transactionNo, String bankCode,
            Instant paidAt) {

        public static Receipt of(String number, DossierFee fee, long amount, String transactionNo, String bankCode, Instant paidAt) {
            return new Receipt(number, fee.code(), new FeeOrderRows.Payer(fee.applicant(), fee.procedureCode(), fee.procedureName(),
                    fee.agencyName()), amount, transactionNo, bankCode, paidAt);
        }
    }

    private final ITemplateEngine templates;
    private final PdfDocuments pdf;
    private final FileStore files;
    private final VietnameseFormat format;

    PaymentReceipts(ITemplateEngine templates, PdfDocuments pdf, FileStore files, VietnameseFormat format) {
        this.templates = templates;
        this.pdf = pdf;
        this.files = files;
        this.format = format;
    }

    public StoredFile issue(Receipt receipt) {
        Context context = new Context(Locale.forLanguageTag("vi"));
        context.setVariable("receipt", receipt);
        context.setVariable("payer", receipt.payer());
        context.setVariable("amount", format.number(receipt.amount()));
        context.setVariable("amountInWords", AmountInWords.dong(receipt.amount()));
        context.setVariable("paidAt", format.dateTime(receipt.paidAt()));
        byte[] document = pdf.render(templates.process("payments/forms/receipt", context));
        return files.store("bien-lai-" + receipt.number() + ".pdf", new ByteArrayInputStream(document), Set.of(FileContent.Kind.PDF));
    }
}
