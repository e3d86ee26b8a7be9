package vn.motcua.procedures;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.procedures.ImportReport.Action;
import vn.motcua.procedures.ImportReport.RowChange;
import vn.motcua.procedures.ImportReport.RowError;
import vn.motcua.procedures.internal.ContentRules;
import vn.motcua.procedures.internal.ProcedureSheet;
import vn.motcua.procedures.internal.ProcedureSheet.SheetRow;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.units.AgencyKind;
import vn.motcua.units.UnitLevel;

/**
 * Import of the catalogue from CSV or XLSX in the layout of docs/procedure-import.md, and export in
 * the same layout. A dry run reports what would change; a real import is all or nothing, and a file
 * with any bad row changes nothing and names every bad row with its line and reason.
 */
@Service
public class ProcedureImport {

    private static final Set<String> DOCUMENT_TAGS = Set.of("office", "optional");

    private final ProcedureCatalog catalog;
    private final CatalogAdministration administration;
    private final MotCuaZone zone;

    ProcedureImport(ProcedureCatalog catalog, CatalogAdministration administration, MotCuaZone zone) {
        this.catalog = catalog;
        this.administration = administration;
        this.zone = zone;
    }

    /** One row understood: what the file says about a procedure. */
    private record Plan(int line, String code, ProcedureContent content, LocalDate publishedOn, String publishDecision,
            LocalDate effectiveFrom, LocalDate abolishedOn, String abolishDecision, String replacedBy) {
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'REFORM_OFFICER')")
    @Transactional(readOnly = true)
    public ImportReport dryRun(byte[] file) {
        return run(file, false);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'REFORM_OFFICER')")
    @Transactional
    public ImportReport apply(byte[] file) {
        return run(file, true);
    }

    private ImportReport run(byte[] file, boolean apply) {
        List<SheetRow> rows;
        try {
            rows = ProcedureSheet.read(file);
        } catch (ProcedureSheet.LayoutException e) {
            throw new InvalidInputException("file", "procedures.import.columns", String.join(", ", e.missing()));
        } catch (RuntimeException e) {
            throw new InvalidInputException("file", "procedures.import.unreadable");
        }
        List<RowError> errors = new ArrayList<>();
        List<Plan> plans = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SheetRow row : rows) {
            Optional<Plan> plan = understand(row, errors);
            plan.ifPresent(p -> {
                if (!seen.add(p.code())) {
                    errors.add(new RowError(row.line(), "code", "procedures.import.duplicate", List.of(p.code())));
                } else {
                    plans.add(p);
                }
            });
        }
        Set<String> codesInFile = new HashSet<>(seen);
        List<RowChange> changes = new ArrayList<>();
        for (Plan plan : plans) {
            Action action = decide(plan, codesInFile, errors);
            if (action != null) {
                changes.add(new RowChange(plan.line(), plan.code(), action));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(RowError::line));
            return new ImportReport(false, rows.size(), List.of(), errors);
        }
        if (apply) {
            Map<String, Plan> byCode = new HashMap<>();
            plans.forEach(p -> byCode.put(p.code(), p));
            // Creations first, so that a replacement may name a procedure created by the same file.
            for (RowChange change : changes) {
                if (change.action() == Action.CREATE) {
                    Plan p = byCode.get(change.code());
                    administration.publish(p.code(), p.content(), p.publishedOn(), p.publishDecision());
                }
            }
            for (RowChange change : changes) {
                Plan p = byCode.get(change.code());
                if (change.action() == Action.AMEND) {
                    Procedure current = catalog.require(p.code(), p.effectiveFrom());
                    administration.amend(p.code(), current.lockVersion(), p.content(), p.effectiveFrom(), p.publishDecision(),
                            "Nhập từ tệp");
                }
                if ((change.action() == Action.ABOLISH || change.action() == Action.CREATE || change.action() == Action.AMEND)
                        && p.abolishedOn() != null) {
                    Procedure current = catalog.require(p.code(), p.abolishedOn());
                    if (!p.abolishedOn().equals(current.abolishedOn())) {
                        administration.abolish(p.code(), current.lockVersion(), p.abolishedOn(), p.abolishDecision(),
                                p.replacedBy());
                    }
                }
            }
        }
        return new ImportReport(apply, rows.size(), changes, List.of());
    }

    private Action decide(Plan plan, Set<String> codesInFile, List<RowError> errors) {
        if (plan.replacedBy() != null && catalog.find(plan.replacedBy(), null).isEmpty() && !codesInFile.contains(plan.replacedBy())) {
            errors.add(new RowError(plan.line(), "replaced_by", "procedures.not-found", List.of(plan.replacedBy())));
            return null;
        }
        Optional<Procedure> existing = catalog.find(plan.code(), plan.effectiveFrom());
        if (existing.isEmpty()) {
            if (plan.publishedOn() == null) {
                errors.add(new RowError(plan.line(), "published_on", "procedures.published-on.required", List.of()));
                return null;
            }
            return Action.CREATE;
        }
        Procedure current = existing.get();
        if (plan.effectiveFrom().isBefore(current.publishedOn())) {
            errors.add(new RowError(plan.line(), "effective_from", "procedures.effective-from.before-publication", List.of()));
            return null;
        }
        if (!sameContent(current.content(), plan.content())) {
            if (current.abolishedOn() != null && !plan.effectiveFrom().isBefore(current.abolishedOn())) {
                errors.add(new RowError(plan.line(), "effective_from", "procedures.abolished", List.of(current.abolishedOn())));
                return null;
            }
            return Action.AMEND;
        }
        if (plan.abolishedOn() != null && !plan.abolishedOn().equals(current.abolishedOn())) {
            return Action.ABOLISH;
        }
        return Action.UNCHANGED;
    }

    private static boolean sameContent(ProcedureContent a, ProcedureContent b) {
        return Objects.equals(a.name(), b.name()) && Objects.equals(a.fieldCode(), b.fieldCode()) && a.level() == b.level()
                && a.agencyKind() == b.agencyKind() && Objects.equals(a.processingDays(), b.processingDays())
                && Objects.equals(a.processingHours(), b.processingHours()) && Objects.equals(a.shortenedDays(), b.shortenedDays())
                && Objects.equals(a.shortenedHours(), b.shortenedHours()) && Objects.equals(a.resultKind(), b.resultKind())
                && a.onlineKind() == b.onlineKind() && a.oneStop() == b.oneStop() && a.interAgency() == b.interAgency()
                && a.onlinePayment() == b.onlinePayment() && a.anyLocation() == b.anyLocation() && a.byPost() == b.byPost()
                && a.internalProcessApproved() == b.internalProcessApproved()
                && a.internalProcessDigitized() == b.internalProcessDigitized() && a.fees().equals(b.fees())
                && a.documents().equals(b.documents()) && a.steps().equals(b.steps())
                && a.separateApproval() == b.separateApproval() && a.formFields().equals(b.formFields())
                && a.legalBases().equals(b.legalBases());
    }

    /** Reads one row, adding an error for each bad cell. */
    private Optional<Plan> understand(SheetRow row, List<RowError> errors) {
        int before = errors.size();
        Cells cells = new Cells(row, errors);
        String code = row.get("code");
        ProcedureContent content = new ProcedureContent(row.get("name"), row.get("field_code"), row.get("field_name"),
                cells.enumValue("level", UnitLevel.class, true), cells.enumValue("agency_kind", AgencyKind.class, false),
                cells.integer("processing_days"), cells.integer("processing_hours"), cells.integer("shortened_days"),
                cells.integer("shortened_hours"), row.get("result_kind"), cells.enumValue("online_kind", OnlineKind.class, true),
                cells.flag("one_stop"), cells.enumValue("inter_agency", InterAgency.class, true), cells.flag("online_payment"),
                cells.flag("any_location"), cells.flag("by_post"), cells.flag("internal_process_approved"),
                cells.flag("internal_process_digitized"), cells.fees(), cells.documents(), cells.steps(),
                cells.flag("separate_approval"), cells.formFields(), cells.legalBases());
        LocalDate publishedOn = cells.date("published_on");
        LocalDate effectiveFrom = cells.date("effective_from");
        LocalDate abolishedOn = cells.date("abolished_on");
        if (errors.size() == before) {
            for (ContentRules.Problem problem : ContentRules.check(code, content)) {
                errors.add(new RowError(row.line(), column(problem.field()), problem.messageCode(), List.of(problem.arguments())));
            }
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        LocalDate from = effectiveFrom != null ? effectiveFrom : publishedOn != null ? publishedOn : zone.today();
        String replacedBy = row.get("replaced_by").isBlank() ? null : row.get("replaced_by");
        return Optional.of(new Plan(row.line(), code.trim(), content, publishedOn, row.get("publish_decision"), from,
                abolishedOn, row.get("abolish_decision"), replacedBy));
    }

    /** The file's column for a content field (processingDays → processing_days). */
    private static String column(String field) {
        return field.replaceAll("\\[\\d+\\]", "").replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** Typed reading of a row's cells; each bad cell becomes an error naming its column. */
    private static final class Cells {

        private final SheetRow row;
        private final List<RowError> errors;

        Cells(SheetRow row, List<RowError> errors) {
            this.row = row;
            this.errors = errors;
        }

        private void error(String column, String code, Object... arguments) {
            errors.add(new RowError(row.line(), column, code, List.of(arguments)));
        }

        Integer integer(String column) {
            String text = row.get(column);
            if (text.isEmpty()) {
                return null;
            }
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                error(column, "procedures.import.number", text);
                return null;
            }
        }

        boolean flag(String column) {
            return flagText(column, row.get(column));
        }

        private boolean flagText(String column, String value) {
            String text = value.toLowerCase(Locale.forLanguageTag("vi"));
            return switch (text) {
                case "true", "1", "x", "có", "co", "yes" -> true;
                case "false", "0", "", "không", "khong", "no" -> false;
                default -> {
                    error(column, "procedures.import.flag", text);
                    yield false;
                }
            };
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type, boolean required) {
            String text = row.get(column);
            if (text.isEmpty()) {
                if (required) {
                    error(column, "procedures.import.required");
                }
                return null;
            }
            try {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(column, "procedures.import.one-of", text, java.util.Arrays.toString(type.getEnumConstants()));
                return null;
            }
        }

        LocalDate date(String column) {
            try {
                return ProcedureSheet.date(row.get(column));
            } catch (DateTimeParseException e) {
                error(column, "procedures.import.date", row.get(column));
                return null;
            }
        }

        List<Fee> fees() {
            List<Fee> fees = new ArrayList<>();
            for (String[] parts : items("fees", 3)) {
                try {
                    fees.add(new Fee(parts[0], Long.parseLong(parts[2]), Fee.Kind.valueOf(parts[1].toUpperCase(Locale.ROOT))));
                } catch (IllegalArgumentException e) {
                    error("fees", "procedures.import.fee", String.join(";", parts));
                }
            }
            return fees;
        }

        /**
         * {@code name;originals;copies;form}, then optional tags: {@code office} (DOCX and XLSX accepted
         * online besides PDF and images) and {@code optional} (nếu có). Files written before the tags read
         * as before.
         */
        List<RequiredDocument> documents() {
            List<RequiredDocument> documents = new ArrayList<>();
            for (String[] parts : items("documents", 6)) {
                Set<String> tags = new HashSet<>();
                for (String tag : java.util.Arrays.copyOfRange(parts, 4, parts.length)) {
                    if (!tag.isEmpty()) {
                        tags.add(tag.toLowerCase(Locale.ROOT));
                    }
                }
                if (!DOCUMENT_TAGS.containsAll(tags)) {
                    error("documents", "procedures.import.document-tag", String.join(";", parts).replaceAll(";+$", ""));
                    continue;
                }
                try {
                    documents.add(new RequiredDocument(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), parts[3],
                            tags.contains("office"), tags.contains("optional")));
                } catch (NumberFormatException e) {
                    error("documents", "procedures.import.document", String.join(";", parts).replaceAll(";+$", ""));
                }
            }
            return documents;
        }

        /** {@code key;label;type;required;choices;hint}, choices separated by commas. */
        List<FormField> formFields() {
            List<FormField> fields = new ArrayList<>();
            for (String[] parts : items("form_fields", 6)) {
                FormField.Type type;
                try {
                    type = FormField.Type.valueOf(parts[2].toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    error("form_fields", "procedures.import.form-field", String.join(";", parts).replaceAll(";+$", ""));
                    continue;
                }
                List<String> choices = parts[4].isEmpty() ? List.of()
                        : java.util.Arrays.stream(parts[4].split(",")).map(String::trim).toList();
                fields.add(new FormField(parts[0], parts[1], type, flagText("form_fields", parts[3]), choices, parts[5]));
            }
            return fields;
        }

        /**
         * {@code number;title;issuedOn;issuer}, the date as 2015-11-15 or 15/11/2015, or empty where unknown. A
         * title may itself hold semicolons (Decree 101/2024/NĐ-CP's does): the first part is the number, the last two
         * the date and the issuer, and everything between is the title.
         */
        List<LegalBasis> legalBases() {
            List<LegalBasis> bases = new ArrayList<>();
            String text = row.get("legal_bases");
            if (text.isEmpty()) {
                return bases;
            }
            for (String item : text.split("\\|")) {
                String[] parts = item.split(";", -1);
                if (parts.length < 2) {
                    error("legal_bases", "procedures.import.legal-basis", item);
                    continue;
                }
                int titleEnd = parts.length >= 4 ? parts.length - 2 : parts.length;
                String title = String.join(";", java.util.Arrays.copyOfRange(parts, 1, titleEnd));
                String issued = parts.length >= 4 ? parts[parts.length - 2].trim() : "";
                String issuer = parts.length >= 4 ? parts[parts.length - 1] : "";
                try {
                    bases.add(new LegalBasis(parts[0], title, ProcedureSheet.date(issued), issuer));
                } catch (DateTimeParseException e) {
                    error("legal_bases", "procedures.import.date", issued);
                }
            }
            return bases;
        }

        List<ProcedureStep> steps() {
            List<ProcedureStep> steps = new ArrayList<>();
            for (String[] parts : items("steps", 3)) {
                try {
                    steps.add(new ProcedureStep(parts[0], parts[1], Integer.parseInt(parts[2])));
                } catch (NumberFormatException e) {
                    error("steps", "procedures.import.step", String.join(";", parts));
                }
            }
            return steps;
        }

        /** Items separated by |, parts by ;, padded to {@code parts} with empty strings. */
        private List<String[]> items(String column, int parts) {
            List<String[]> items = new ArrayList<>();
            String text = row.get(column);
            if (text.isEmpty()) {
                return items;
            }
            for (String item : text.split("\\|")) {
                String[] split = item.split(";", -1);
                if (split.length > parts) {
                    error(column, "procedures.import.parts", item, parts);
                    continue;
                }
                String[] padded = new String[parts];
                for (int i = 0; i < parts; i++) {
                    padded[i] = i < split.length ? split[i].trim() : "";
                }
                items.add(padded);
            }
            return items;
        }
    }

    @Transactional(readOnly = true)
    public byte[] exportCsv(LocalDate on) {
        return ProcedureSheet.writeCsv(exported(on));
    }

    @Transactional(readOnly = true)
    public byte[] exportXlsx(LocalDate on) {
        return ProcedureSheet.writeXlsx(exported(on));
    }

    private List<Procedure> exported(LocalDate on) {
        return catalog.search(new ProcedureSearch(null, null, null, null, null, null, on, true));
    }
}
