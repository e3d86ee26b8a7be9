package vn.motcua.reformindex;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import vn.motcua.documents.PdfDocuments;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.VietnameseFormat;
import vn.motcua.units.UnitDirectory;

/**
 * The reform index on paper: a unit's self-assessment as PDF (the criteria with their figures, scores and
 * the numbers of their evidence, then the evidence list), and the province's result table as XLSX. Each
 * reads through the services that check the caller's reach, so a file shows no more than the page does.
 * Both are documents the province files, so their wording is Vietnamese, not the interface's language.
 */
@Service
public class ScorecardDocuments {

    /** The result table's columns: rank, unit, kind, score, maximum, share of the maximum, class. */
    private static final String[] HEADER = { "Xếp hạng", "Đơn vị", "Loại đơn vị", "Tổng điểm", "Điểm tối đa", "Chỉ số (%)", "Xếp loại" };
    private static final int[] WIDTHS = { 9, 42, 13, 11, 11, 11, 13 };
    /** Rows above the header: the title, the province, a blank line. */
    private static final int HEADER_ROW = 3;

    private final SelfAssessment assessment;
    private final Appraisals appraisals;
    private final UnitDirectory units;
    private final PdfDocuments pdf;
    private final ITemplateEngine templates;
    private final VietnameseFormat format;
    private final MotCuaZone zone;

    ScorecardDocuments(SelfAssessment assessment, Appraisals appraisals, UnitDirectory units, PdfDocuments pdf, ITemplateEngine templates,
            VietnameseFormat format, MotCuaZone zone) {
        this.assessment = assessment;
        this.appraisals = appraisals;
        this.units = units;
        this.pdf = pdf;
        this.templates = templates;
        this.format = format;
        this.zone = zone;
    }

    /** One piece of evidence as the list at the end of the PDF numbers it, with the criterion it backs. */
    public record NumberedEvidence(int number, String criterionKey, Evidence evidence) {
    }

    /** Bảng tự đánh giá, chấm điểm with its list of evidence, A4 portrait; the header row repeats on every page. */
    @Transactional(readOnly = true)
    public byte[] selfAssessmentPdf(int year, String unitCode) {
        Scorecard card = assessment.scorecard(year, unitCode);
        List<NumberedEvidence> evidence = new ArrayList<>();
        for (CriterionLine line : card.lines()) {
            for (Evidence e : line.evidence()) {
                evidence.add(new NumberedEvidence(evidence.size() + 1, line.criterion().key(), e));
            }
        }
        Context context = new Context(Locale.forLanguageTag("vi"));
        context.setVariable("card", card);
        context.setVariable("evidence", evidence);
        context.setVariable("fmt", format);
        context.setVariable("today", format.date(zone.today()));
        return pdf.render(templates.process("reformindex/print", context));
    }

    /**
     * Kết quả xếp hạng Chỉ số CCHC of the units below a unit: one sheet, A4 portrait fitted to one page wide,
     * the header row repeated on every printed page, scores as numbers with two decimals (90,17 where the
     * spreadsheet runs in Vietnamese).
     */
    @Transactional(readOnly = true)
    public byte[] resultsXlsx(int year, String parentCode) {
        List<RankedUnit> ranking = appraisals.ranking(year, parentCode);
        String parent = units.require(parentCode, zone.today()).name();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Xếp hạng " + year);
            Styles styles = new Styles(workbook);
            text(sheet.createRow(0), 0, "KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM " + year, styles.title);
            text(sheet.createRow(1), 0, "Các đơn vị thuộc " + parent, styles.plain);
            Row header = sheet.createRow(HEADER_ROW);
            for (int i = 0; i < HEADER.length; i++) {
                text(header, i, HEADER[i], styles.header);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int next = HEADER_ROW + 1;
            for (RankedUnit unit : ranking) {
                Row row = sheet.createRow(next++);
                number(row, 0, BigDecimal.valueOf(unit.rank()), styles.whole);
                text(row, 1, unit.unitName(), styles.text);
                text(row, 2, KINDS.get(unit.kind()), styles.text);
                number(row, 3, unit.finalScore(), styles.decimal);
                number(row, 4, unit.total(), styles.decimal);
                number(row, 5, unit.share(), styles.decimal);
                text(row, 6, CLASSES.get(unit.classification()), styles.text);
            }
            if (ranking.isEmpty()) {
                text(sheet.createRow(next++), 0, "Chưa có kết quả nào được công bố.", styles.plain);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, HEADER.length - 1));
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(false);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
            sheet.setHorizontallyCenter(true);
            sheet.setMargin(Sheet.LeftMargin, 30 / 25.4);
            sheet.setMargin(Sheet.RightMargin, 15 / 25.4);
            sheet.setMargin(Sheet.TopMargin, 20 / 25.4);
            sheet.setMargin(Sheet.BottomMargin, 20 / 25.4);
            workbook.setPrintArea(0, 0, HEADER.length - 1, 0, next - 1);
            // &P and &N: the spreadsheet's codes for the page number and the number of pages.
            sheet.getFooter().setCenter("Trang &P/&N");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final java.util.Map<SubjectKind, String> KINDS = java.util.Map.of(SubjectKind.DEPARTMENT, "Cấp sở",
            SubjectKind.DISTRICT, "Cấp huyện", SubjectKind.COMMUNE, "Cấp xã");
    private static final java.util.Map<Classification, String> CLASSES = java.util.Map.of(Classification.EXCELLENT, "Xuất sắc",
            Classification.GOOD, "Tốt", Classification.FAIR, "Khá", Classification.AVERAGE, "Trung bình", Classification.WEAK, "Yếu");

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    /** Times New Roman throughout, as the province's tables are printed; bordered cells in the table. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle header;
        final CellStyle text;
        final CellStyle whole;
        final CellStyle decimal;

        Styles(XSSFWorkbook workbook) {
            Font bold = font(workbook, true);
            Font regular = font(workbook, false);
            title = workbook.createCellStyle();
            title.setFont(bold);
            plain = workbook.createCellStyle();
            plain.setFont(regular);
            header = bordered(workbook, bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            text = bordered(workbook, regular);
            text.setWrapText(true);
            whole = bordered(workbook, regular);
            whole.setAlignment(HorizontalAlignment.CENTER);
            whole.setDataFormat(workbook.createDataFormat().getFormat("0"));
            decimal = bordered(workbook, regular);
            decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        }

        private static Font font(XSSFWorkbook workbook, boolean bold) {
            Font font = workbook.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints((short) 12);
            font.setBold(bold);
            return font;
        }

        private static CellStyle bordered(XSSFWorkbook workbook, Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }
    }
}
