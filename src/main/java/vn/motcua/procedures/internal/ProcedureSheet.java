package vn.motcua.procedures.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.motcua.procedures.Fee;
import vn.motcua.procedures.FormField;
import vn.motcua.procedures.LegalBasis;
import vn.motcua.procedures.Procedure;
import vn.motcua.procedures.ProcedureContent;
import vn.motcua.procedures.ProcedureStep;
import vn.motcua.procedures.RequiredDocument;
import vn.motcua.shared.CsvCells;

/**
 * The column layout of the catalogue's CSV and XLSX files (docs/procedure-import.md), read and
 * written the same way so that an export imports back unchanged.
 */
public final class ProcedureSheet {

    public static final List<String> COLUMNS = List.of("code", "name", "field_code", "field_name", "level", "agency_kind",
            "processing_days", "processing_hours", "shortened_days", "shortened_hours", "result_kind", "online_kind",
            "one_stop", "inter_agency", "online_payment", "any_location", "by_post", "internal_process_approved",
            "internal_process_digitized", "fees", "documents", "steps", "published_on", "publish_decision",
            "effective_from", "abolished_on", "abolish_decision", "replaced_by");

    /** Columns a file may leave out (files written before they existed): a missing one reads as empty. */
    public static final List<String> OPTIONAL_COLUMNS = List.of("separate_approval", "form_fields", "legal_bases");

    /** Every column the export writes, in order. */
    public static final List<String> LAYOUT = java.util.stream.Stream.concat(COLUMNS.stream(), OPTIONAL_COLUMNS.stream()).toList();

    /** At most this many rows in one file: a province's catalogue is a few thousand. */
    public static final int MAX_ROWS = 20_000;

    /** One data row: its line number in the file and its cells by column name. */
    public record SheetRow(int line, Map<String, String> cells) {

        public String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.trim();
        }
    }

    /** The file's header does not have the columns the layout needs. */
    public static final class LayoutException extends RuntimeException {

        private final transient List<String> missing;

        LayoutException(List<String> missing) {
            super("missing columns " + missing);
            this.missing = missing;
        }

        public List<String> missing() {
            return missing;
        }
    }

    private ProcedureSheet() {
    }

    public static boolean isXlsx(byte[] content) {
        return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    public static List<SheetRow> read(byte[] content) {
        return isXlsx(content) ? readXlsx(content) : readCsv(content);
    }

    private static List<SheetRow> readCsv(byte[] content) {
        int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        String text = new String(content, offset, content.length - offset, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            checkHeader(parser.getHeaderNames());
            List<SheetRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (String column : LAYOUT) {
                    cells.put(column, record.isSet(column) ? CsvCells.restored(record.get(column)) : "");
                }
                rows.add(new SheetRow((int) record.getRecordNumber() + 1, cells));
                if (rows.size() > MAX_ROWS) {
                    throw new IllegalArgumentException("more than " + MAX_ROWS + " rows");
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<SheetRow> readXlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw new LayoutException(COLUMNS);
            }
            List<String> names = new ArrayList<>();
            for (Cell cell : header) {
                names.add(formatter.formatCellValue(cell).trim());
            }
            checkHeader(names);
            List<SheetRow> rows = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                boolean any = false;
                for (int c = 0; c < names.size(); c++) {
                    String value = cellText(row.getCell(c), formatter);
                    any |= !value.isBlank();
                    cells.put(names.get(c), value);
                }
                if (any) {
                    rows.add(new SheetRow(r + 1, cells));
                }
                if (rows.size() > MAX_ROWS) {
                    throw new IllegalArgumentException("more than " + MAX_ROWS + " rows");
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }

    private static void checkHeader(List<String> header) {
        List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new LayoutException(missing);
        }
    }

    /** The cells of a procedure as the layout writes them. */
    public static List<String> cells(Procedure procedure) {
        ProcedureContent c = procedure.content();
        return List.of(procedure.code(), c.name(), c.fieldCode(), c.fieldName(), c.level().name(),
                c.agencyKind() == null ? "" : c.agencyKind().name(), number(c.processingDays()), number(c.processingHours()),
                number(c.shortenedDays()), number(c.shortenedHours()), c.resultKind(), c.onlineKind().name(),
                flag(c.oneStop()), c.interAgency().name(), flag(c.onlinePayment()), flag(c.anyLocation()), flag(c.byPost()),
                flag(c.internalProcessApproved()), flag(c.internalProcessDigitized()), fees(c.fees()), documents(c.documents()),
                steps(c.steps()), procedure.publishedOn().toString(), procedure.publishDecision(),
                procedure.version().effectiveFrom().toString(),
                procedure.abolishedOn() == null ? "" : procedure.abolishedOn().toString(), procedure.abolishDecision(),
                procedure.replacedBy() == null ? "" : procedure.replacedBy(), flag(c.separateApproval()),
                formFields(c.formFields()), legalBases(c.legalBases()));
    }

    public static byte[] writeCsv(List<Procedure> procedures) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
            try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    CSVFormat.DEFAULT.builder().setHeader(LAYOUT.toArray(String[]::new)).get())) {
                for (Procedure procedure : procedures) {
                    printer.printRecord(cells(procedure).stream().map(CsvCells::neutralised).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] writeXlsx(List<Procedure> procedures) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("TTHC");
            Row header = sheet.createRow(0);
            for (int c = 0; c < LAYOUT.size(); c++) {
                header.createCell(c).setCellValue(LAYOUT.get(c));
            }
            int r = 1;
            for (Procedure procedure : procedures) {
                Row row = sheet.createRow(r++);
                List<String> cells = cells(procedure);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            sheet.createFreezePane(2, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String flag(boolean value) {
        return value ? "true" : "false";
    }

    static String fees(List<Fee> fees) {
        return String.join("|", fees.stream().map(f -> f.name() + ";" + f.kind().name() + ";" + f.amount()).toList());
    }

    static String documents(List<RequiredDocument> documents) {
        return String.join("|", documents.stream()
                .map(d -> d.name() + ";" + d.originals() + ";" + d.copies() + ";" + (d.form() == null ? "" : d.form())
                        + (d.officeFormats() ? ";office" : "") + (d.optional() ? ";optional" : ""))
                .toList());
    }

    static String formFields(List<FormField> fields) {
        return String.join("|", fields.stream().map(f -> String.join(";", f.key(), f.label(), f.type().name(), flag(f.required()),
                String.join(",", f.choices()), f.hint())).toList());
    }

    static String legalBases(List<LegalBasis> bases) {
        return String.join("|", bases.stream().map(b -> String.join(";", b.number(), b.title(),
                b.issuedOn() == null ? "" : b.issuedOn().toString(), b.issuer())).toList());
    }

    static String steps(List<ProcedureStep> steps) {
        return String.join("|", steps.stream().map(s -> s.name() + ";" + s.responsible() + ";" + s.hours()).toList());
    }

    /** A date as 2024-01-05 or 05/01/2024. */
    public static LocalDate date(String text) {
        if (text.isBlank()) {
            return null;
        }
        return text.contains("/") ? LocalDate.parse(text, DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT)) : LocalDate.parse(text);
    }
}
