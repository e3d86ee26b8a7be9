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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A one-sheet workbook of the desk's printed tables (the tracking book, Biểu 06): title lines, a
 * bordered header, then rows of text and numbers in Times New Roman. Streams its rows, so a book of
 * thousands of lines stays small in memory.
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

    TableWorkbook(String sheetName) {
        sheet = workbook.createSheet(sheetName);
        Font bold = workbook.createFont();
        bold.setBold(true);
        bold.setFontName("Times New Roman");
        Font plain = workbook.createFont();
        plain.setFontName("Times New Roman");
        title = workbook.createCellStyle();
        title.setFont(bold);
        header = bordered(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
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
        next = 0;
        widest = 0;
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
        sheet.createFreezePane(0, next);
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
            sheet.setColumnWidth(i, i == 0 ? 8 * 256 : 20 * 256);
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
