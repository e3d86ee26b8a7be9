package vn.motcua.indicators.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.shared.Period;
import vn.motcua.indicators.PeriodWindows;
import vn.motcua.indicators.TemplateRow;

/** The template tables. */
@Repository
public class TemplateStore {

    /**
     * A template version, in force for the periods that end between {@code inForceFrom} and
     * {@code inForceTo} (either open).
     */
    public record Template(long id, String code, int version, String name, int windowStartDay, int dueDay, LocalDate inForceFrom,
            LocalDate inForceTo) {

        public boolean inForceFor(Period period) {
            LocalDate end = period.lastDay();
            return (inForceFrom == null || !end.isBefore(inForceFrom)) && (inForceTo == null || !end.isAfter(inForceTo));
        }

        /**
         * A period's window [from, to) and due date under this version's rule: a window starting on the
         * 15th runs from the 15th of the month before the period to the 14th of its last month.
         */
        public PeriodWindows.Window window(Period period) {
            LocalDate from = LocalDate.of(period.year(), period.kind().firstMonth(), windowStartDay);
            LocalDate to = LocalDate.of(period.year(), period.kind().lastMonth(), windowStartDay);
            if (windowStartDay == 1) {
                to = to.plusMonths(1);
            } else {
                from = from.minusMonths(1);
            }
            return new PeriodWindows.Window(from, to, LocalDate.of(period.year(), period.kind().lastMonth(), dueDay));
        }
    }

    /** A rule added to a template. */
    public record Rule(long id, String expression, String severity, String message) {
    }

    private static final String TEMPLATE_COLUMNS = "id, code, version, name, window_start_day as windowStartDay, due_day as dueDay, "
            + "in_force_from as inForceFrom, in_force_to as inForceTo";

    private final JdbcClient jdbc;

    TemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Template> latest(String code) {
        return jdbc.sql("select " + TEMPLATE_COLUMNS + " from indicators_template where code = ? order by version desc limit 1")
                .param(code).query(Template.class).optional();
    }

    public Optional<Template> byId(long id) {
        return jdbc.sql("select " + TEMPLATE_COLUMNS + " from indicators_template where id = ?")
                .param(id).query(Template.class).optional();
    }

    public List<Template> all() {
        return jdbc.sql("select " + TEMPLATE_COLUMNS + " from indicators_template order by code, version")
                .query(Template.class).list();
    }

    public long insert(String code, int version, String name, int windowStartDay, int dueDay, LocalDate inForceFrom,
            LocalDate inForceTo) {
        return jdbc.sql("""
                insert into indicators_template (code, version, name, window_start_day, due_day, in_force_from, in_force_to)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(code, version, name, windowStartDay, dueDay, inForceFrom, inForceTo).query(Long.class).single();
    }

    /**
     * The latest version of each template in force for the period: those whose span names the period
     * first (a template made for it), then those open on both sides, by code.
     */
    public List<Template> inForceFor(Period period) {
        java.util.Map<String, Template> latest = new java.util.LinkedHashMap<>();
        all().forEach(t -> latest.put(t.code(), t));
        return latest.values().stream().filter(t -> t.inForceFor(period))
                .sorted(java.util.Comparator.comparing((Template t) -> t.inForceFrom() == null && t.inForceTo() == null)
                        .thenComparing(Template::code))
                .toList();
    }

    public void insertRow(long templateId, int position, TemplateRow row) {
        jdbc.sql("""
                insert into indicators_row (template_id, position, key, printed_code, parent_key, label, unit, type, codes,
                    aggregation, children, source, measure, filters, required)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(templateId, position, row.key(), row.printedCode(), row.parentKey(), row.label(), row.unit(), row.type(),
                        row.codes(), row.aggregation(), row.children(), row.source(), row.measure(), row.filters(), row.required())
                .update();
    }

    public List<TemplateRow> rows(long templateId) {
        return jdbc.sql("""
                select key, printed_code as printedCode, parent_key as parentKey, label, unit, type, codes, aggregation, children, source, measure, filters,
                    required
                from indicators_row where template_id = ? order by position""").param(templateId).query(TemplateRow.class).list();
    }

    public List<Rule> rules(long templateId) {
        return jdbc.sql("select id, expression, severity, message from indicators_rule where template_id = ? order by id")
                .param(templateId).query(Rule.class).list();
    }

    public void insertRule(long templateId, String expression, String severity, String message) {
        jdbc.sql("insert into indicators_rule (template_id, expression, severity, message) values (?, ?, ?, ?)")
                .params(templateId, expression, severity, message).update();
    }

    public boolean used(long templateId) {
        return jdbc.sql("select count(*) from indicators_report where template_id = ?").param(templateId).query(Long.class).single() > 0;
    }

    public void lock(String code) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('indicators_template:' || ?))").param(code).query().singleRow();
    }

    public void updateRow(long templateId, TemplateRow row) {
        jdbc.sql("""
                update indicators_row set printed_code = ?, label = ?, unit = ?, type = ?, codes = ?, aggregation = ?,
                    children = ?, source = ?, measure = ?, filters = ?, required = ?
                where template_id = ? and key = ?""")
                .params(row.printedCode() == null ? "" : row.printedCode(), row.label(), row.unit() == null ? "" : row.unit(),
                        row.type(), row.codes() == null ? "" : row.codes(), row.aggregation() == null ? "" : row.aggregation(),
                        row.children() == null ? "" : row.children(), row.source() == null ? "MANUAL" : row.source(),
                        row.measure() == null || row.measure().isBlank() ? null : row.measure(),
                        row.filters() == null ? "" : row.filters(), row.required(), templateId, row.key())
                .update();
    }
}
