package vn.motcua.indicators;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.indicators.core.Expression;
import vn.motcua.indicators.core.RowMeasure;
import vn.motcua.indicators.internal.TemplateEditors;
import vn.motcua.indicators.internal.TemplateStore;
import vn.motcua.indicators.internal.TemplateStore.Template;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.Measure;
import vn.motcua.shared.NotFoundException;

/**
 * Templates as data: a reform officer copies a template into a new version (or a new template) and
 * edits its rows and rules; a version any report uses is frozen, so reports already made keep theirs.
 * Copying for the two-tier government turns the district breakdowns into province ones.
 */
@Service
public class TemplateAdministration {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

    /** A template version with its rows and rules, the periods it is in force for, and whether a report has frozen it. */
    public record TemplateView(String code, int version, String name, int windowStartDay, int dueDay, LocalDate inForceFrom,
            LocalDate inForceTo, boolean frozen, List<TemplateRow> rows, List<String> rules) {
    }

    private final TemplateStore store;
    private final MeasureRegistry measures;
    private final TemplateEditors editors;
    private final AuditTrail audit;

    TemplateAdministration(TemplateStore store, MeasureRegistry measures, TemplateEditors editors, AuditTrail audit) {
        this.store = store;
        this.editors = editors;
        this.measures = measures;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<TemplateView> all() {
        return store.all().stream().map(t -> view(t, false)).toList();
    }

    @Transactional(readOnly = true)
    public TemplateView get(String code, Integer version) {
        return view(find(code, version), true);
    }

    private Template find(String code, Integer version) {
        if (version == null) {
            return store.latest(code).orElseThrow(() -> new NotFoundException("indicators.template.not-found", code));
        }
        return store.all().stream().filter(t -> t.code().equals(code) && t.version() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("indicators.template.not-found", code + " v" + version));
    }

    private TemplateView view(Template t, boolean withRows) {
        return new TemplateView(t.code(), t.version(), t.name(), t.windowStartDay(), t.dueDay(), t.inForceFrom(), t.inForceTo(),
                store.used(t.id()),
                withRows ? store.rows(t.id()) : List.of(),
                withRows ? store.rules(t.id()).stream().map(r -> r.severity() + ": " + r.expression()).toList() : List.of());
    }

    /**
     * Copies the latest version of {@code code} into the next version of {@code newCode} (the same code
     * when null). {@code levels} renames breakdowns, e.g. DISTRICT → PROVINCE for the two-tier government;
     * {@code inForceFrom}/{@code inForceTo} set the periods the copy serves (the source's when neither is given).
     */
    @PreAuthorize("hasAnyRole('REFORM_OFFICER', 'ADMIN')")
    @Transactional
    public TemplateView copy(String code, String newCode, String name, Map<String, String> levels, LocalDate inForceFrom,
            LocalDate inForceTo) {
        editors.requireProvince();
        Template source = find(code, null);
        String target = newCode == null || newCode.isBlank() ? code : newCode.trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(target).matches()) {
            throw new InvalidInputException("newCode", "indicators.template.code");
        }
        store.lock(target);
        int version = store.latest(target).map(t -> t.version() + 1).orElse(1);
        // Periods named for the copy replace the source's; none named keeps them.
        boolean named = inForceFrom != null || inForceTo != null;
        LocalDate from = named ? inForceFrom : source.inForceFrom();
        LocalDate to = named ? inForceTo : source.inForceTo();
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("inForceTo", "indicators.template.in-force");
        }
        long id = store.insert(target, version, name == null || name.isBlank() ? source.name() : name.trim(), source.windowStartDay(),
                source.dueDay(), from, to);
        Map<String, String> renames = new LinkedHashMap<>(levels == null ? Map.of() : levels);
        for (String level : renames.keySet()) {
            if (!List.of("PROVINCE", "DISTRICT", "COMMUNE").contains(level) || !List.of("PROVINCE", "DISTRICT", "COMMUNE")
                    .contains(renames.get(level))) {
                throw new InvalidInputException("levels", "indicators.template.levels");
            }
        }
        int position = 0;
        for (TemplateRow row : store.rows(source.id())) {
            TemplateRow renamed = rename(row, renames);
            checkMeasure(renamed);
            store.insertRow(id, position++, renamed);
        }
        store.rules(source.id()).forEach(r -> store.insertRule(id, rename(r.expression(), renames), r.severity(), r.message()));
        audit.record("template.copied", "template", target + "/" + version, "Sao chép mẫu " + code + " thành " + target + " phiên bản "
                + version, null, Map.of("from", code + "/" + source.version(), "levels", renames));
        return get(target, version);
    }

    private static TemplateRow rename(TemplateRow row, Map<String, String> renames) {
        String key = rename(row.key(), renames);
        String parent = row.parentKey() == null ? null : rename(row.parentKey(), renames);
        String label = row.label();
        String filters = row.filters();
        for (Map.Entry<String, String> e : renames.entrySet()) {
            label = label.replace(levelName(e.getKey()), levelName(e.getValue()))
                    .replace(capitalized(levelName(e.getKey())), capitalized(levelName(e.getValue())));
            filters = filters == null ? null : filters.replace(e.getKey(), e.getValue());
        }
        return new TemplateRow(key, row.printedCode(), parent, label, row.unit(), row.type(), row.codes(), row.aggregation(),
                row.children(), row.source(), row.measure(), filters, row.required());
    }

    private static String rename(String text, Map<String, String> renames) {
        String result = text;
        for (Map.Entry<String, String> e : renames.entrySet()) {
            result = result.replace("." + e.getKey().toLowerCase(Locale.ROOT), "." + e.getValue().toLowerCase(Locale.ROOT));
        }
        return result;
    }

    private static String levelName(String level) {
        return switch (level) {
            case "PROVINCE" -> "cấp tỉnh";
            case "DISTRICT" -> "cấp huyện";
            default -> "cấp xã";
        };
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Changes a row of a version no report uses yet. */
    @PreAuthorize("hasAnyRole('REFORM_OFFICER', 'ADMIN')")
    @Transactional
    public TemplateView editRow(String code, int version, TemplateRow row) {
        editors.requireProvince();
        Template template = find(code, version);
        if (store.used(template.id())) {
            throw new ConflictException("indicators.template.frozen", code, version);
        }
        List<TemplateRow> rows = store.rows(template.id());
        if (rows.stream().noneMatch(r -> r.key().equals(row.key()))) {
            throw new NotFoundException("indicators.key.unknown", row.key());
        }
        if (row.label() == null || row.label().isBlank()) {
            throw new InvalidInputException("label", "indicators.template.label");
        }
        if (!List.of("GROUP", "COUNT", "PERCENT", "CODE").contains(row.type())) {
            throw new InvalidInputException("type", "indicators.template.type");
        }
        checkMeasure(row);
        store.updateRow(template.id(), row);
        audit.record("template.row", "template", code + "/" + version, "Sửa chỉ tiêu " + row.key() + " của mẫu " + code, null, row);
        return get(code, version);
    }

    /**
     * A computed row must name a measure some module declares and filter it only by that measure's
     * dimensions: caught here, the mistake is the editor's to fix, not a failure of every report made
     * with the template.
     */
    private void checkMeasure(TemplateRow row) {
        if (!row.computed()) {
            return;
        }
        Measure measure = measures.find(row.measure())
                .orElseThrow(() -> new InvalidInputException("measure", "indicators.template.measure.unknown", row.key(), row.measure()));
        for (String dimension : RowMeasure.of(row).dimensions()) {
            if (!measure.dimensions().contains(dimension)) {
                throw new InvalidInputException("filters", "indicators.template.filter.unknown", row.key(), measure.name(), dimension,
                        measure.dimensions().isEmpty() ? "—" : String.join(", ", new TreeSet<>(measure.dimensions())));
            }
        }
    }

    /** Adds a rule to a version no report uses yet. */
    @PreAuthorize("hasAnyRole('REFORM_OFFICER', 'ADMIN')")
    @Transactional
    public TemplateView addRule(String code, int version, String expression, String severity, String message) {
        editors.requireProvince();
        Template template = find(code, version);
        if (store.used(template.id())) {
            throw new ConflictException("indicators.template.frozen", code, version);
        }
        try {
            Expression parsed = Expression.parse(expression == null ? "" : expression);
            List<String> keys = store.rows(template.id()).stream().map(TemplateRow::key).toList();
            for (String key : parsed.keys()) {
                if (!keys.contains(key)) {
                    throw new InvalidInputException("expression", "indicators.key.unknown", key);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("expression", "indicators.rule.invalid", e.getMessage());
        }
        if (!"ERROR".equals(severity) && !"WARNING".equals(severity)) {
            throw new InvalidInputException("severity", "indicators.rule.severity");
        }
        if (message == null || message.isBlank()) {
            throw new InvalidInputException("message", "indicators.rule.message");
        }
        store.insertRule(template.id(), expression.trim(), severity, message.trim());
        audit.record("template.rule", "template", code + "/" + version, "Thêm quy tắc " + expression + " vào mẫu " + code, null, null);
        return get(code, version);
    }
}
