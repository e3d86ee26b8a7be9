package vn.motcua.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.function.Function;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import vn.motcua.indicators.Report;
import vn.motcua.indicators.ReportRow;
import vn.motcua.reports.ReportDocument;
import vn.motcua.reports.core.Narrative;
import vn.motcua.shared.VietnameseFormat;

/**
 * Writes a report in the layout of Decree 30/2020/NĐ-CP: A4 with 20/20/30/15 mm margins, Times New
 * Roman, the two-column header (issuing authority, a short rule, the number; the national motto with
 * its rule, place and date), the title, the addressee, the body with real Word footnotes, the
 * recipients beside the signature block, and the statistical appendix as a section of its own.
 * Page numbers sit centred in the top margin and are not shown on the first page; the appendix counts
 * its pages from 1 again, as the decree numbers an appendix's pages on their own.
 * <p>
 * Every table carries its grid and fixed column widths in twips: the Word format requires
 * {@code w:tblGrid}, and without it LibreOffice shares the width out equally between columns.
 */
public final class DocxWriter {

    private static final String FONT = "Times New Roman";
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_TOP = twips(20);
    private static final int MARGIN_BOTTOM = twips(20);
    private static final int MARGIN_LEFT = twips(30);
    private static final int MARGIN_RIGHT = twips(15);
    /** The width between the margins, which every table fills exactly. */
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** Header: the issuing authority's column and the motto's (4:6, as in the decree's sample). */
    static final int[] HEADER_COLUMNS = { 3742, TEXT_WIDTH - 3742 };
    /** Signature block: recipients on the left, the signer on the right. */
    static final int[] SIGNATURE_COLUMNS = { 4252, TEXT_WIDTH - 4252 };
    /** Appendix: STT narrow, the label wide, unit of measure, figure, note. */
    static final int[] APPENDIX_COLUMNS = { 851, 4295, 1800, 1134, TEXT_WIDTH - 851 - 4295 - 1800 - 1134 };
    /** The motto "Độc lập - Tự do - Hạnh phúc" in 14 pt bold is about 6.4 cm wide; its rule is as long. */
    private static final int MOTTO_RULE = twips(64);

    private DocxWriter() {
    }

    private static int twips(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }

    /**
     * @param issuer the issuing body as a sentence names it ("UBND huyện Thọ Xuân"), for the appendix's
     *               subtitle, where the header's capitals would shout mid-sentence
     */
    public static byte[] write(ReportDocument d, Report report, String issuer, Function<java.math.BigDecimal, String> number) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTSectPr section = page(doc);
            pageNumbers(doc, section);
            header(doc, d);
            paragraph(doc, "BÁO CÁO", ParagraphAlignment.CENTER, true, false, 14, 360, 0);
            paragraph(doc, d.title(), ParagraphAlignment.CENTER, true, false, 14, 0, 0);
            if (!d.addressee().isBlank()) {
                paragraph(doc, "Kính gửi: " + d.addressee().trim(), ParagraphAlignment.CENTER, false, false, 14, 240, 240);
            } else {
                paragraph(doc, "", ParagraphAlignment.CENTER, false, false, 14, 0, 120);
            }
            for (ReportDocument.Section s : d.sections()) {
                // The opening paragraph follows "Kính gửi" as running text: the decree's sample gives it no heading.
                if (!s.opening()) {
                    XWPFParagraph heading = paragraph(doc, s.heading(), ParagraphAlignment.BOTH, true, false, 14, 120, 60);
                    heading.setIndentationFirstLine(567);
                    heading.getCTPPr().addNewKeepNext();
                }
                for (String text : Narrative.paragraphs(s.body())) {
                    body(doc, text);
                }
            }
            signature(doc, d);
            appendix(doc, d, report, issuer, number, section);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A4, the decree's margins, and a first page set apart so it can go without a number. */
    private static CTSectPr page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(twips(10)));
        margins.setFooter(BigInteger.valueOf(twips(10)));
        margins.setGutter(BigInteger.ZERO);
        section.addNewTitlePg();
        return section;
    }

    /** The PAGE field centred in the top margin (13 pt, upright); the first page's header is empty. */
    private static void pageNumbers(XWPFDocument doc, CTSectPr section) {
        XWPFHeader numbered = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = numbered.getParagraphs().isEmpty() ? numbered.createParagraph() : numbered.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        field(p, STFldCharType.BEGIN);
        XWPFRun instruction = font(p.createRun(), 13);
        instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
        field(p, STFldCharType.SEPARATE);
        font(p.createRun(), 13).setText("2");
        field(p, STFldCharType.END);
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        if (first.getParagraphs().isEmpty()) {
            first.createParagraph();
        }
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
    }

    private static void field(XWPFParagraph p, STFldCharType.Enum type) {
        font(p.createRun(), 13).getCTR().addNewFldChar().setFldCharType(type);
    }

    private static XWPFRun font(XWPFRun run, int size) {
        run.setFontFamily(FONT);
        run.setFontSize(size);
        return run;
    }

    /**
     * The decree's header: the issuing authority in bold capitals with a rule a third to a half of its
     * length under it, then the number; the motto under the national name with a rule as long as the
     * motto, then place and date in italics.
     */
    private static void header(XWPFDocument doc, ReportDocument d) {
        XWPFTable table = table(doc, 1, HEADER_COLUMNS, false);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        String[] authority = d.authority().split("\n");
        for (int i = 0; i < authority.length; i++) {
            cellLine(left, authority[i], i == authority.length - 1, false, 13, i == 0);
        }
        int authorityWidth = Math.min(HEADER_COLUMNS[0], estimatedWidth(authority[authority.length - 1], 13));
        rule(left, HEADER_COLUMNS[0], Math.max(twips(15), authorityWidth * 2 / 5));
        cellLine(left, "Số: " + d.number(), false, false, 13, false).setSpacingBefore(120);
        cellLine(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, 13, true);
        cellLine(right, "Độc lập - Tự do - Hạnh phúc", true, false, 14, false);
        rule(right, HEADER_COLUMNS[1], MOTTO_RULE);
        cellLine(right, d.place() + ", " + dateLine(d.issuedOn()), false, true, 14, false).setSpacingBefore(120);
    }

    /** The width in twips of a line of bold capitals, near enough to size its rule (0.62 em a letter). */
    private static int estimatedWidth(String text, int points) {
        return (int) (text.length() * points * 20 * 0.62);
    }

    /**
     * A short horizontal rule (nét liền) centred in a cell: an empty paragraph 1 pt high whose top border
     * is the rule, narrowed by indents, so that Word and LibreOffice both draw it without a drawing object.
     */
    private static void rule(XWPFTableCell cell, int cellWidth, int length) {
        XWPFParagraph p = cell.addParagraph();
        int indent = Math.max(0, (cellWidth - 2 * 108 - length) / 2);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(2, LineSpacingRule.EXACT);
        CTPPr properties = p.getCTPPr();
        (properties.isSetRPr() ? properties.getRPr() : properties.addNewRPr()).addNewSz().setVal(BigInteger.TWO);
        CTBorder top = (properties.isSetPBdr() ? properties.getPBdr() : properties.addNewPBdr()).addNewTop();
        top.setVal(STBorder.SINGLE);
        top.setSz(BigInteger.valueOf(6));
        top.setSpace(BigInteger.ZERO);
        top.setColor("000000");
    }

    public static String dateLine(LocalDate date) {
        return VietnameseFormat.documentDate(date);
    }

    private static XWPFParagraph cellLine(XWPFTableCell cell, String text, boolean bold, boolean italic, int size, boolean first) {
        XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        run(p, text, bold, italic, size);
        return p;
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
        p.setIndentationFirstLine(567);
        p.setSpacingBefore(60);
        p.setSpacingAfter(60);
        for (Narrative.Run piece : Narrative.runs(text)) {
            if (piece.footnote() == null) {
                run(p, piece.text(), false, false, 14);
            } else {
                XWPFFootnote footnote = doc.createFootnote();
                XWPFParagraph fp = footnote.createParagraph();
                fp.setAlignment(ParagraphAlignment.BOTH);
                XWPFRun mark = fp.createRun();
                mark.setVerticalAlignment("superscript");
                mark.setFontFamily(FONT);
                mark.setFontSize(10);
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
        return font(r, size);
    }

    /**
     * A table with its grid: {@code w:tblGrid} with one {@code w:gridCol} a column, fixed layout, the
     * table's width and each cell's width in twips, so every reader lays the columns out alike.
     */
    private static XWPFTable table(XWPFDocument doc, int rows, int[] widths, boolean bordered) {
        XWPFTable table = doc.createTable(rows, widths.length);
        if (!bordered) {
            table.removeBorders();
        }
        table.setTableAlignment(TableRowAlign.CENTER);
        CTTbl ct = table.getCTTbl();
        CTTblPr properties = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
        int total = java.util.Arrays.stream(widths).sum();
        (properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW()).setW(BigInteger.valueOf(total));
        properties.getTblW().setType(STTblWidth.DXA);
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            widths(row, widths);
        }
        return table;
    }

    private static void widths(XWPFTableRow row, int[] widths) {
        for (int i = 0; i < widths.length && i < row.getTableCells().size(); i++) {
            width(row.getCell(i), widths[i]);
        }
    }

    private static void width(XWPFTableCell cell, int twips) {
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        (properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW()).setW(BigInteger.valueOf(twips));
        properties.getTcW().setType(STTblWidth.DXA);
    }

    /**
     * The recipients (Nơi nhận) at the foot of the left column, in 12 pt bold italics with one
     * recipient a line in 11 pt; the signer's title lines in bold capitals, room for the signature and
     * the seal, and the signer's name in bold.
     */
    private static void signature(XWPFDocument doc, ReportDocument d) {
        XWPFTable table = table(doc, 1, SIGNATURE_COLUMNS, false);
        table.getRow(0).setCantSplitRow(true);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph heading = left.getParagraphs().get(0);
        heading.setSpacingBefore(120);
        heading.setSpacingAfter(0);
        run(heading, "Nơi nhận:", true, true, 12);
        for (String line : d.recipients().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            XWPFParagraph p = left.addParagraph();
            p.setSpacingBefore(0);
            p.setSpacingAfter(0);
            run(p, line.trim(), false, false, 11);
        }
        String[] titles = d.signatureRole().split("\n");
        for (int i = 0; i < titles.length; i++) {
            cellLine(right, titles[i].trim(), true, false, 14, i == 0).setSpacingBefore(i == 0 ? 120 : 0);
        }
        for (int i = 0; i < 4; i++) {
            cellLine(right, "", false, false, 14, false);
        }
        if (d.signer() != null && !d.signer().isBlank()) {
            cellLine(right, d.signer().trim(), true, false, 14, false);
        }
    }

    /**
     * The appendix in a section of its own (its pages numbered from 1), titled with the report it goes
     * with; its two header rows (STT, chỉ tiêu, kết quả thống kê over unit and figure, ghi chú) repeat
     * on every page and no row breaks across pages.
     */
    private static void appendix(XWPFDocument doc, ReportDocument d, Report report, String issuer,
            Function<java.math.BigDecimal, String> number, CTSectPr last) {
        XWPFParagraph end = doc.createParagraph();
        CTSectPr main = (CTSectPr) last.copy();
        end.getCTPPr().setSectPr(main);
        (last.isSetPgNumType() ? last.getPgNumType() : last.addNewPgNumType()).setStart(BigInteger.ONE);
        // The appendix's own first page carries its number 1: it starts a numbering of its own, and the PDF prints it alike.
        last.unsetTitlePg();

        paragraph(doc, "THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", ParagraphAlignment.CENTER, true, false, 13, 0, 0);
        paragraph(doc, "(Kèm theo Báo cáo số " + d.number() + " " + dateLine(d.issuedOn()) + " của " + issuer + ")",
                ParagraphAlignment.CENTER, false, true, 13, 0, 240);
        XWPFTable table = table(doc, 2, APPENDIX_COLUMNS, true);
        XWPFTableRow first = table.getRow(0);
        XWPFTableRow second = table.getRow(1);
        headerCell(first.getCell(0), "STT", STMerge.RESTART);
        headerCell(first.getCell(1), "Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, 9 tháng, năm)", STMerge.RESTART);
        headerCell(first.getCell(2), "Kết quả thống kê", null);
        first.getCell(2).getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.TWO);
        width(first.getCell(2), APPENDIX_COLUMNS[2] + APPENDIX_COLUMNS[3]);
        headerCell(first.getCell(4), "Ghi chú", STMerge.RESTART);
        first.removeCell(3);
        headerCell(second.getCell(0), "", STMerge.CONTINUE);
        headerCell(second.getCell(1), "", STMerge.CONTINUE);
        headerCell(second.getCell(2), "Đơn vị tính", null);
        headerCell(second.getCell(3), "Số liệu", null);
        headerCell(second.getCell(4), "", STMerge.CONTINUE);
        // At least two lines for the first heading row: the label's three lines span both rows, and LibreOffice
        // clips a merged cell on the repeated heading of later pages when the rows beside it are shorter.
        first.setHeight(560);
        for (XWPFTableRow head : table.getRows()) {
            head.setRepeatHeader(true);
            head.setCantSplitRow(true);
        }
        for (ReportRow row : report.rows()) {
            XWPFTableRow line = table.createRow();
            // A new row copies the first row's cells, and the first header row has four (one spans two columns).
            while (line.getTableCells().size() < APPENDIX_COLUMNS.length) {
                line.addNewTableCell();
            }
            widths(line, APPENDIX_COLUMNS);
            line.setCantSplitRow(true);
            boolean group = "GROUP".equals(row.type());
            boolean breakdown = !group && row.code().isEmpty();
            cell(line.getCell(0), row.code().isEmpty() ? "" : row.code(), group, false, ParagraphAlignment.CENTER);
            cell(line.getCell(1), row.label(), group, breakdown, ParagraphAlignment.LEFT);
            cell(line.getCell(2), row.unitOrLegend(), false, false, ParagraphAlignment.CENTER);
            cell(line.getCell(3), row.value() == null ? "" : number.apply(row.value()) + ("PERCENT".equals(row.type()) ? "%" : ""), false, false,
                    ParagraphAlignment.CENTER);
            cell(line.getCell(4), row.printedNote(), false, false, ParagraphAlignment.LEFT);
        }
    }

    private static void headerCell(XWPFTableCell cell, String text, STMerge.Enum merge) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        if (!text.isEmpty()) {
            run(p, text, true, false, 12);
        }
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        if (merge != null) {
            cell.getCTTc().getTcPr().addNewVMerge().setVal(merge);
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, boolean italic, ParagraphAlignment alignment) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(alignment);
        p.setSpacingBefore(20);
        p.setSpacingAfter(20);
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        if (text != null && !text.isEmpty()) {
            run(p, text, bold, italic, 12);
        }
    }
}
