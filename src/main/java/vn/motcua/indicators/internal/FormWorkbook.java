package vn.motcua.indicators.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.motcua.indicators.Report;
import vn.motcua.indicators.ReportRow;

/**
 * A unit's report form as an Excel workbook in the printed layout of the appendix (STT, chỉ tiêu,
 * đơn vị tính, số liệu, ghi chú) with each row's key in a last, hidden column, so that the file
 * filled in offline comes back to the right rows.
 */
public final class FormWorkbook {

    static final int FIRST_ROW = 4;
    private static final int KEY_COLUMN = 5;

    /** A cell that is not a number where a figure belongs: its spreadsheet row and text. */
    public record BadCell(int row, String key, String text) {
    }

    /** What a filled-in workbook says: figures by row key, and the cells that could not be read. */
    public record Filled(Map<String, BigDecimal> values, java.util.List<BadCell> bad) {
    }

    private FormWorkbook() {
    }

    /**
     * @param subtitle the unit, the period and its window as a reader writes them; the sheet prints on A4
     *                 fitted to the page's width, with the column headings repeated on every page
     */
    public static byte[] write(Report report, String title, String subtitle) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(report.period());
            Font bold = workbook.createFont();
            bold.setBold(true);
            bold.setFontName("Times New Roman");
            Font plain = workbook.createFont();
            plain.setFontName("Times New Roman");
            CellStyle titleStyle = workbook.createCellStyle();
            titleStyle.setFont(bold);
            CellStyle header = bordered(workbook, bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            CellStyle text = bordered(workbook, plain);
            text.setWrapText(true);
            CellStyle group = bordered(workbook, bold);
            CellStyle number = bordered(workbook, plain);
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.##"));
            CellStyle computed = bordered(workbook, plain);
            computed.setDataFormat(workbook.createDataFormat().getFormat("#,##0.##"));
            computed.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
            computed.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.getRow(0).getCell(0).setCellStyle(titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            sheet.createRow(1).createCell(0).setCellValue(subtitle);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 4));
            Row head = sheet.createRow(3);
            String[] headings = { "STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu", "Ghi chú", "key" };
            for (int i = 0; i < headings.length; i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(headings[i]);
                cell.setCellStyle(header);
            }
            int r = FIRST_ROW;
            for (ReportRow row : report.rows()) {
                Row line = sheet.createRow(r++);
                boolean isGroup = "GROUP".equals(row.type());
                cell(line, 0, row.code(), isGroup ? group : text);
                cell(line, 1, row.label(), isGroup ? group : text);
                cell(line, 2, row.unitOrLegend(), text);
                Cell value = line.createCell(3);
                value.setCellStyle(row.computed() ? computed : number);
                if (row.value() != null) {
                    value.setCellValue(row.value().doubleValue());
                }
                cell(line, 4, row.computed() ? "Tính từ hệ thống" + (row.overridden() ? " (nhập khác: " + row.note() + ")" : "")
                        : row.note(), text);
                cell(line, KEY_COLUMN, row.key(), text);
            }
            sheet.setColumnWidth(0, 9 * 256);
            sheet.setColumnWidth(1, 70 * 256);
            sheet.setColumnWidth(2, 18 * 256);
            sheet.setColumnWidth(3, 14 * 256);
            sheet.setColumnWidth(4, 30 * 256);
            sheet.setColumnHidden(KEY_COLUMN, true);
            sheet.createFreezePane(0, FIRST_ROW);
            sheet.setRepeatingRows(CellRangeAddress.valueOf("4:4"));
            printOnA4(workbook, sheet, r);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A4 portrait, the Decree 30 margins, fitted to one page wide and as many pages tall as the rows need,
     * over the five printed columns only (the hidden key column stays off paper), numbered in the footer.
     */
    private static void printOnA4(XSSFWorkbook workbook, Sheet sheet, int rows) {
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
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, 4, 0, rows - 1);
        // &P and &N: the spreadsheet's codes for the page number and the number of pages.
        sheet.getFooter().setCenter("Trang &P/&N");
    }

    private static CellStyle bordered(XSSFWorkbook workbook, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    /** Reads the figures back: a number, a text in Vietnamese format (8.803; 25,9), or empty. */
    public static Filled read(byte[] content) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        java.util.List<BadCell> bad = new java.util.ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || row.getCell(KEY_COLUMN) == null) {
                    continue;
                }
                String key = formatter.formatCellValue(row.getCell(KEY_COLUMN)).trim();
                Cell cell = row.getCell(3);
                if (key.isEmpty()) {
                    continue;
                }
                if (cell == null || cell.getCellType() == CellType.BLANK) {
                    values.put(key, null);
                } else if (cell.getCellType() == CellType.NUMERIC
                        || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                    values.put(key, BigDecimal.valueOf(cell.getNumericCellValue()));
                } else {
                    String text = formatter.formatCellValue(cell).trim();
                    try {
                        values.put(key, text.isEmpty() ? null : new BigDecimal(text.replace(".", "").replace(",", ".")));
                    } catch (NumberFormatException e) {
                        bad.add(new BadCell(r + 1, key, text));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a workbook", e);
        }
        return new Filled(values, bad);
    }
}
