package vn.motcua.tasks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.shared.InvalidInputException;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;

/**
 * Tasks of a plan from the spreadsheet the reform officer already keeps: one row per task with the
 * columns Nhiệm vụ, Cơ quan chủ trì (code or name), Cơ quan phối hợp, Thời hạn. Every row is checked
 * first; a file with any bad row saves nothing and says which row and column is wrong.
 */
@Service
public class PlanTaskImport {

    static final List<String> COLUMNS = List.of("Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn");
    private static final int MAX_ROWS = 2_000;
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final TaskRegister register;
    private final AgencyDirectory agencies;

    PlanTaskImport(TaskRegister register, AgencyDirectory agencies) {
        this.register = register;
        this.agencies = agencies;
    }

    /** The outcome: how many tasks the file holds, whether they were saved, and the bad rows. */
    public record Outcome(boolean applied, int rows, List<RowError> errors) implements java.io.Serializable {
    }

    /** A bad row: its line in the sheet (the header is line 1), the column, and why. */
    public record RowError(int line, String column, String messageCode, List<Object> arguments) implements java.io.Serializable {
    }

    private record PlannedTask(String title, String ownerCode, String cooperating, LocalDate deadline) {
    }

    @Transactional
    public Outcome apply(long planId, byte[] xlsx, boolean dryRun) {
        TaskDocument plan = register.document(planId);
        if (plan.kind() != TaskDocument.Kind.PLAN) {
            throw new InvalidInputException("planId", "tasks.plan.kind");
        }
        List<RowError> errors = new ArrayList<>();
        List<PlannedTask> tasks = read(xlsx, errors);
        if (tasks.isEmpty() && errors.isEmpty()) {
            throw new InvalidInputException("file", "tasks.import.empty");
        }
        if (!errors.isEmpty() || dryRun) {
            return new Outcome(false, tasks.size(), errors);
        }
        for (PlannedTask t : tasks) {
            register.createTask(new TaskRegister.NewTask(planId, null, null, t.title(), t.ownerCode(), t.cooperating(), t.deadline()));
        }
        return new Outcome(true, tasks.size(), errors);
    }

    private List<PlannedTask> read(byte[] xlsx, List<RowError> errors) {
        if (xlsx == null || xlsx.length == 0) {
            throw new InvalidInputException("file", "tasks.import.empty");
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            List<String> names = new ArrayList<>();
            if (header != null) {
                header.forEach(c -> names.add(formatter.formatCellValue(c).trim()));
            }
            List<String> missing = COLUMNS.stream().filter(c -> !names.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException("file", "tasks.import.layout", String.join(", ", missing));
            }
            List<PlannedTask> tasks = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String title = text(row.getCell(names.indexOf(COLUMNS.get(0))), formatter);
                String owner = text(row.getCell(names.indexOf(COLUMNS.get(1))), formatter);
                String cooperating = text(row.getCell(names.indexOf(COLUMNS.get(2))), formatter);
                Cell deadlineCell = row.getCell(names.indexOf(COLUMNS.get(3)));
                String deadlineText = text(deadlineCell, formatter);
                if (title.isEmpty() && owner.isEmpty() && cooperating.isEmpty() && deadlineText.isEmpty()) {
                    continue;
                }
                int line = r + 1;
                int before = errors.size();
                if (title.isEmpty()) {
                    errors.add(new RowError(line, COLUMNS.get(0), "tasks.field.required", List.of()));
                } else if (title.length() > 1000) {
                    errors.add(new RowError(line, COLUMNS.get(0), "tasks.field.long", List.of(1000)));
                }
                Optional<Agency> agency = owner(owner);
                if (agency.isEmpty()) {
                    errors.add(new RowError(line, COLUMNS.get(1), owner.isEmpty() ? "tasks.field.required" : "tasks.agency.not-found",
                            owner.isEmpty() ? List.of() : List.of(owner)));
                }
                LocalDate deadline = deadline(deadlineCell, deadlineText);
                if (deadline == null) {
                    errors.add(new RowError(line, COLUMNS.get(3), deadlineText.isEmpty() ? "tasks.field.required" : "tasks.import.date",
                            deadlineText.isEmpty() ? List.of() : List.of(deadlineText)));
                }
                if (agency.isPresent() && deadline != null && !register.existsOn(agency.get(), deadline)) {
                    errors.add(new RowError(line, COLUMNS.get(1), "tasks.agency.ended", List.of(agency.get().name(), deadline.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))));
                }
                if (errors.size() == before) {
                    tasks.add(new PlannedTask(title, agency.get().code(), cooperating, deadline));
                }
                if (tasks.size() + errors.size() > MAX_ROWS) {
                    throw new InvalidInputException("file", "tasks.import.too-many", MAX_ROWS);
                }
            }
            return tasks;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("file", "tasks.import.not-xlsx");
        }
    }

    private Optional<Agency> owner(String codeOrName) {
        if (codeOrName.isEmpty()) {
            return Optional.empty();
        }
        return agencies.find(codeOrName).or(() -> agencies.agencies().stream().filter(a -> a.name().equalsIgnoreCase(codeOrName)).findFirst());
    }

    private static LocalDate deadline(Cell cell, String text) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        for (DateTimeFormatter format : List.of(VIETNAMESE_DATE, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // not this format; try the next
            }
        }
        return null;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        return cell == null ? "" : formatter.formatCellValue(cell).trim();
    }
}
