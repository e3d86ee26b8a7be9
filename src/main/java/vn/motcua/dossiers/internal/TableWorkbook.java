package vn.motcua.dossiers.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A one-sheet workbook of the desk's printed tables (the tracking book, Biểu 06): title lines, a
 * bordered header, then rows of text and numbers in Times New Roman. Streams its rows, so a book of
 * thousands of lines stays small in memory. Printed, each sheet is A4 landscape, one page wide, with the
 * title and header rows and the first two columns (number and label) repeated on every page, so a later
 * page of a wide table still says which line and which column a figure belongs to.
 */
final class TableWorkbook {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private SXSSFSheet sheet;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle number;
    private int next;
    private int widest;
    private int[] widths;
    private boolean headed;

    /** Times New Roman 11 pt, bold: about 15 pt a line, with a little air. */
    private static final float HEADER_LINE_POINTS = 15f;

    TableWorkbook(String sheetName) {
        sheet = workbook.createSheet(sheetName);
        pageSetup();
        Font bold = workbook.createFont();
        bold.setBold(true);
        bold.setFontName("Times New Roman");
        Font plain = workbook.createFont();
        plain.setFontName("Times New Roman");
        title = workbook.createCellStyle();
        title.setFont(bold);
        header = bordered(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        text = bordered(plain);
        text.setWrapText(true);
        number = bordered(plain);
        number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
    }

    /** Starts another sheet; the rows that follow go there. */
    void sheet(String name) {
        widths();
        sheet = workbook.createSheet(name);
        pageSetup();
        next = 0;
        widest = 0;
        widths = null;
        headed = false;
    }

    /** The columns' widths, in characters, for the sheet's table; otherwise 8 for the number and 20 for the others. */
    void widths(int... characters) {
        widths = characters.clone();
    }

    private void pageSetup() {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.TopMargin, 0.5);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.BottomMargin, 0.5);
    }

    void title(String line) {
        Row row = sheet.createRow(next++);
        Cell cell = row.createCell(0);
        cell.setCellValue(line);
        cell.setCellStyle(title);
    }

    void header(List<String> names) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < names.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(names.get(i));
            cell.setCellStyle(header);
        }
        widest = Math.max(widest, names.size());
        // Tall enough for the longest name wrapped in its column, so no header runs over the next (LibreOffice keeps a
        // row's height as written rather than fitting it to wrapped text).
        int lines = 1;
        for (int i = 0; i < names.size(); i++) {
            int perLine = Math.max(4, width(i) - 2);
            lines = Math.max(lines, (names.get(i).length() + perLine - 1) / perLine);
        }
        row.setHeightInPoints(lines * HEADER_LINE_POINTS + 4);
        if (!headed) {
            // The first table's title and header rows, and the number and label columns, on every printed page.
            sheet.setRepeatingRows(new CellRangeAddress(0, next - 1, -1, -1));
            if (names.size() > 2) {
                sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 1));
            }
            sheet.createFreezePane(2, next);
            headed = true;
        }
    }

    private int width(int column) {
        if (widths != null && column < widths.length) {
            return widths[column];
        }
        return column == 0 ? 8 : 20;
    }

    /** A row of strings and numbers; a null cell stays empty but bordered. */
    void row(List<?> values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            Object value = values.get(i);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(number);
            } else {
                if (value != null) {
                    cell.setCellValue(value.toString());
                }
                cell.setCellStyle(text);
            }
        }
    }

    private void widths() {
        for (int i = 0; i < widest; i++) {
            sheet.setColumnWidth(i, width(i) * 256);
        }
    }

    byte[] bytes() {
        widths();
        try (SXSSFWorkbook book = workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CellStyle bordered(Font font) {
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
