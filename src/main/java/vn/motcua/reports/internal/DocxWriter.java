package vn.motcua.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.function.Function;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.motcua.indicators.Report;
import vn.motcua.indicators.ReportRow;
import vn.motcua.reports.ReportDocument;
import vn.motcua.reports.core.Narrative;

/**
 * Writes a report in the layout of Decree 30/2020/NĐ-CP: A4 with 20/20/30/15 mm margins, Times New
 * Roman, the two-column header (issuing authority and number; the national motto, place and date),
 * the title, the addressee, the body with real Word footnotes, the signature block beside the
 * recipients, and the statistical appendix whose header row repeats on every page.
 */
public final class DocxWriter {

    private static final String FONT = "Times New Roman";
    private static final int TWIPS_PER_MM = 57;

    private DocxWriter() {
    }

    public static byte[] write(ReportDocument d, Report report, Function<java.math.BigDecimal, String> number) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            header(doc, d);
            paragraph(doc, "BÁO CÁO", ParagraphAlignment.CENTER, true, false, 14, 240, 0);
            paragraph(doc, d.title(), ParagraphAlignment.CENTER, true, false, 14, 0, 0);
            if (!d.addressee().isBlank()) {
                paragraph(doc, "Kính gửi: " + d.addressee(), ParagraphAlignment.CENTER, false, false, 14, 240, 120);
            }
            for (ReportDocument.Section section : d.sections()) {
                paragraph(doc, section.heading(), ParagraphAlignment.LEFT, true, false, 14, 120, 60);
                for (String text : Narrative.paragraphs(section.body())) {
                    body(doc, text);
                }
            }
            signature(doc, d);
            appendix(doc, d, report, number);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margins.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margins.setLeft(BigInteger.valueOf(30L * TWIPS_PER_MM));
        margins.setRight(BigInteger.valueOf(15L * TWIPS_PER_MM));
    }

    private static void header(XWPFDocument doc, ReportDocument d) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        // Twips, not percentages: LibreOffice honours only absolute widths (text width 165 mm = 9355 twips).
        left.setWidth("3700");
        right.setWidth("5655");
        cellLine(left, d.authority(), true, false, 13, true);
        cellLine(left, "Số: " + d.number(), false, false, 13, false);
        cellLine(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, 13, true);
        cellLine(right, "Độc lập - Tự do - Hạnh phúc", true, false, 14, false);
        cellLine(right, d.place() + ", " + dateLine(d.issuedOn()), false, true, 14, false);
    }

    public static String dateLine(LocalDate date) {
        return "ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng " + String.format("%02d", date.getMonthValue()) + " năm "
                + date.getYear();
    }

    private static void cellLine(XWPFTableCell cell, String text, boolean bold, boolean italic, int size, boolean first) {
        XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        run(p, text, bold, italic, size);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, ParagraphAlignment alignment, boolean bold, boolean italic,
            int size, int before, int after) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = run(p, lines[i], bold, italic, size);
            if (i < lines.length - 1) {
                r.addBreak();
            }
        }
        return p;
    }

    private static void body(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(720);
        p.setSpacingAfter(120);
        for (Narrative.Run piece : Narrative.runs(text)) {
            if (piece.footnote() == null) {
                run(p, piece.text(), false, false, 14);
            } else {
                XWPFFootnote footnote = doc.createFootnote();
                XWPFParagraph fp = footnote.createParagraph();
                XWPFRun mark = fp.createRun();
                mark.setVerticalAlignment("superscript");
                mark.getCTR().addNewFootnoteRef();
                run(fp, " " + piece.footnote(), false, false, 10);
                p.addFootnoteReference(footnote);
            }
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setItalic(italic);
        r.setFontFamily(FONT);
        r.setFontSize(size);
        return r;
    }

    private static void signature(XWPFDocument doc, ReportDocument d) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph recipients = left.getParagraphs().get(0);
        run(recipients, "Nơi nhận:", true, true, 12);
        for (String line : d.recipients().split("\n")) {
            XWPFParagraph p = left.addParagraph();
            p.setSpacingAfter(0);
            run(p, line, false, false, 11);
        }
        cellLine(right, d.signatureRole(), true, false, 14, true);
        right.getParagraphs().get(0).getRuns().forEach(r -> r.setText(r.getText(0).replace("\n", " "), 0));
        for (int i = 0; i < 3; i++) {
            right.addParagraph();
        }
        cellLine(right, d.signer(), true, false, 14, false);
    }

    private static void appendix(XWPFDocument doc, ReportDocument d, Report report, Function<java.math.BigDecimal, String> number) {
        XWPFParagraph title = paragraph(doc, "THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH",
                ParagraphAlignment.CENTER, true, false, 13, 0, 0);
        title.setPageBreak(true);
        paragraph(doc, "(Kèm theo Báo cáo số " + d.number() + " " + dateLine(d.issuedOn()) + " của " + d.authority() + ")",
                ParagraphAlignment.CENTER, false, true, 13, 0, 120);
        XWPFTable table = doc.createTable(1, 4);
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        String[] headings = { "STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu" };
        for (int i = 0; i < headings.length; i++) {
            XWPFParagraph p = head.getCell(i).getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, headings[i], true, false, 12);
        }
        for (ReportRow row : report.rows()) {
            XWPFTableRow line = table.createRow();
            boolean group = "GROUP".equals(row.type());
            run(line.getCell(0).getParagraphs().get(0), row.code(), group, false, 12);
            run(line.getCell(1).getParagraphs().get(0), row.label(), group, !group && row.code().isEmpty(), 12);
            run(line.getCell(2).getParagraphs().get(0), row.unit(), false, false, 12);
            XWPFParagraph value = line.getCell(3).getParagraphs().get(0);
            value.setAlignment(ParagraphAlignment.RIGHT);
            run(value, row.value() == null ? "" : number.apply(row.value()) + ("PERCENT".equals(row.type()) ? "%" : ""), false, false, 12);
        }
    }
}
