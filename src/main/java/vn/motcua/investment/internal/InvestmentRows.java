package vn.motcua.investment.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.investment.NewProject;
import vn.motcua.investment.Project;
import vn.motcua.investment.ProjectStatus;

/** The investment module's tables. */
@Component
public class InvestmentRows {

    /** A project as stored; its unit is named by the caller. */
    public record ProjectRow(long id, long unitId, String name, String investor, String sector, String location,
            BigDecimal registeredCapital, BigDecimal landAreaHa, ProjectStatus status, LocalDate registeredOn,
            LocalDate operationDueOn, String recoveryDecision, LocalDate recoveryStartedOn) {
    }

    public record CapitalRow(long id, long unitId, LocalDate from, LocalDate to, BigDecimal mobilised, String note) {
    }

    public record EnterpriseRow(long id, long unitId, String name, String taxCode, LocalDate registeredOn, String sector) {
    }

    public record InspectionRow(long id, long unitId, LocalDate inspectedOn, String subject, int counterfeit, int bannedSmuggled,
            int tradeFraud, boolean handled, BigDecimal fineMillion, String note) {
    }

    public record OpportunityRow(long id, long unitId, String title, String sector, String location, BigDecimal areaHa,
            String description, String planningInfo, boolean published) {
    }

    private final JdbcClient jdbc;

    InvestmentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertProject(long unitId, NewProject p, Instant at) {
        return jdbc.sql("""
                insert into investment_project (unit_id, name, investor, sector, location, registered_capital, land_area_ha, status,
                    registered_on, operation_due_on, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""").params(unitId, p.name(), p.investor(), p.sector(),
                p.location(), p.registeredCapital(), p.landAreaHa(), p.status().name(), p.registeredOn(), p.operationDueOn(),
                at.atOffset(ZoneOffset.UTC)).query(Long.class).single();
    }

    public Optional<ProjectRow> project(long id) {
        return jdbc.sql("select * from investment_project where id = ?").param(id).query((rs, n) -> project(rs)).optional();
    }

    public List<ProjectRow> projects(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from investment_project where unit_id in (:units) order by registered_on desc, id desc")
                .param("units", List.copyOf(unitIds)).query((rs, n) -> project(rs)).list();
    }

    public void status(long id, ProjectStatus status) {
        jdbc.sql("update investment_project set status = ?, version = version + 1 where id = ?").params(status.name(), id).update();
    }

    public void recovery(long id, ProjectStatus status, String decision, LocalDate startedOn) {
        jdbc.sql("update investment_project set status = ?, recovery_decision = ?, recovery_started_on = ?, version = version + 1"
                + " where id = ?").params(status.name(), decision, startedOn, id).update();
    }

    public long addMilestone(long projectId, String name, LocalDate dueOn) {
        return jdbc.sql("insert into investment_milestone (project_id, name, due_on) values (?, ?, ?) returning id")
                .params(projectId, name, dueOn).query(Long.class).single();
    }

    public int milestoneDone(long projectId, long milestoneId, LocalDate doneOn) {
        return jdbc.sql("update investment_milestone set done_on = ? where id = ? and project_id = ?").params(doneOn, milestoneId, projectId)
                .update();
    }

    public List<Project.Milestone> milestones(long projectId) {
        return jdbc.sql("select * from investment_milestone where project_id = ? order by due_on, id").param(projectId)
                .query((rs, n) -> new Project.Milestone(rs.getLong("id"), rs.getString("name"), rs.getObject("due_on", LocalDate.class),
                        rs.getObject("done_on", LocalDate.class))).list();
    }

    public void addProgress(long projectId, LocalDate on, String note, String by) {
        jdbc.sql("insert into investment_progress (project_id, reported_on, note, reported_by) values (?, ?, ?, ?)")
                .params(projectId, on, note, by).update();
    }

    public List<Project.Progress> progress(long projectId) {
        return jdbc.sql("select * from investment_progress where project_id = ? order by reported_on desc, id desc").param(projectId)
                .query((rs, n) -> new Project.Progress(rs.getLong("id"), rs.getObject("reported_on", LocalDate.class), rs.getString("note"),
                        rs.getString("reported_by"))).list();
    }

    public void plan(long unitId, int year, BigDecimal planned) {
        jdbc.sql("""
                insert into investment_capital_plan (unit_id, year, planned_billion) values (?, ?, ?)
                on conflict (unit_id, year) do update set planned_billion = excluded.planned_billion""").params(unitId, year, planned)
                .update();
    }

    public Optional<BigDecimal> plan(long unitId, int year) {
        return jdbc.sql("select planned_billion from investment_capital_plan where unit_id = ? and year = ?").params(unitId, year)
                .query(BigDecimal.class).optional();
    }

    public long addCapital(long unitId, LocalDate from, LocalDate to, BigDecimal mobilised, String note, String by) {
        return jdbc.sql("""
                insert into investment_capital (unit_id, period_from, period_to, mobilised_billion, note, entered_by)
                values (?, ?, ?, ?, ?, ?)
                on conflict (unit_id, period_from, period_to) do update set mobilised_billion = excluded.mobilised_billion,
                    note = excluded.note, entered_by = excluded.entered_by
                returning id""").params(unitId, from, to, mobilised, note, by).query(Long.class).single();
    }

    /** Capital entries of the units whose window ends within [from, to]. */
    public List<CapitalRow> capital(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from investment_capital where unit_id in (:units) and period_to between :from and :to"
                + " order by period_to").param("units", List.copyOf(unitIds)).param("from", from).param("to", to)
                .query((rs, n) -> new CapitalRow(rs.getLong("id"), rs.getLong("unit_id"), rs.getObject("period_from", LocalDate.class),
                        rs.getObject("period_to", LocalDate.class), rs.getBigDecimal("mobilised_billion"), rs.getString("note"))).list();
    }

    public boolean taxCodeTaken(String taxCode) {
        return jdbc.sql("select count(*) from investment_enterprise where tax_code = ?").param(taxCode).query(Integer.class).single() > 0;
    }

    public long addEnterprise(long unitId, String name, String taxCode, LocalDate registeredOn, String sector) {
        return jdbc.sql("insert into investment_enterprise (unit_id, name, tax_code, registered_on, sector) values (?, ?, ?, ?, ?)"
                + " returning id").params(unitId, name, taxCode, registeredOn, sector).query(Long.class).single();
    }

    /** Whether any enterprise of these units is recorded as registered on or after the day. */
    public boolean enterpriseRecordedSince(Collection<Long> unitIds, LocalDate day) {
        if (unitIds.isEmpty()) {
            return false;
        }
        return jdbc.sql("select exists (select 1 from investment_enterprise where unit_id in (:units) and registered_on >= :day)")
                .param("units", List.copyOf(unitIds)).param("day", day).query(Boolean.class).single();
    }

    /** The demo's enterprises in one statement: parallel lists of unit, name, tax code, day and trade. */
    public int addEnterprises(List<Long> unitIds, List<String> names, List<String> taxCodes, List<LocalDate> days, List<String> sectors) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                insert into investment_enterprise (unit_id, name, tax_code, registered_on, sector)
                select * from unnest(cast(:units as bigint[]), cast(:names as varchar[]), cast(:codes as varchar[]),
                    cast(:days as date[]), cast(:sectors as varchar[]))""")
                .param("units", "{" + String.join(",", unitIds.stream().map(String::valueOf).toList()) + "}")
                .param("names", array(names)).param("codes", array(taxCodes))
                .param("days", array(days.stream().map(LocalDate::toString).toList())).param("sectors", array(sectors)).update();
    }

    /** A PostgreSQL array literal of texts, each quoted. */
    private static String array(List<String> values) {
        return "{" + String.join(",", values.stream().map(v -> v == null ? "NULL" : "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").toList()) + "}";
    }

    public List<EnterpriseRow> enterprises(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from investment_enterprise where unit_id in (:units) and registered_on between :from and :to"
                + " order by registered_on, id").param("units", List.copyOf(unitIds)).param("from", from).param("to", to)
                .query((rs, n) -> new EnterpriseRow(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("name"),
                        rs.getString("tax_code"), rs.getObject("registered_on", LocalDate.class), rs.getString("sector"))).list();
    }

    public long addInspection(long unitId, LocalDate on, String subject, int counterfeit, int bannedSmuggled, int tradeFraud,
            boolean handled, BigDecimal fine, String note) {
        return jdbc.sql("""
                insert into investment_market_inspection (unit_id, inspected_on, subject, counterfeit, banned_smuggled, trade_fraud,
                    handled, fine_million, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""").params(unitId, on, subject, counterfeit, bannedSmuggled, tradeFraud,
                handled, fine, note).query(Long.class).single();
    }

    public List<InspectionRow> inspections(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from investment_market_inspection where unit_id in (:units) and inspected_on between :from and :to"
                + " order by inspected_on, id").param("units", List.copyOf(unitIds)).param("from", from).param("to", to)
                .query((rs, n) -> new InspectionRow(rs.getLong("id"), rs.getLong("unit_id"), rs.getObject("inspected_on", LocalDate.class),
                        rs.getString("subject"), rs.getInt("counterfeit"), rs.getInt("banned_smuggled"), rs.getInt("trade_fraud"),
                        rs.getBoolean("handled"), rs.getBigDecimal("fine_million"), rs.getString("note"))).list();
    }

    public long addOpportunity(long unitId, String title, String sector, String location, BigDecimal areaHa, String description,
            String planningInfo, boolean published) {
        return jdbc.sql("""
                insert into investment_opportunity (unit_id, title, sector, location, area_ha, description, planning_info, published)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""").params(unitId, title, sector, location, areaHa, description,
                planningInfo, published).query(Long.class).single();
    }

    public List<OpportunityRow> opportunities(boolean publishedOnly) {
        return jdbc.sql("select * from investment_opportunity" + (publishedOnly ? " where published" : "") + " order by id desc")
                .query((rs, n) -> new OpportunityRow(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("title"),
                        rs.getString("sector"), rs.getString("location"), rs.getBigDecimal("area_ha"), rs.getString("description"),
                        rs.getString("planning_info"), rs.getBoolean("published"))).list();
    }

    private static ProjectRow project(ResultSet rs) throws SQLException {
        return new ProjectRow(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("name"), rs.getString("investor"),
                rs.getString("sector"), rs.getString("location"), rs.getBigDecimal("registered_capital"), rs.getBigDecimal("land_area_ha"),
                ProjectStatus.valueOf(rs.getString("status")), rs.getObject("registered_on", LocalDate.class),
                rs.getObject("operation_due_on", LocalDate.class), rs.getString("recovery_decision"),
                rs.getObject("recovery_started_on", LocalDate.class));
    }
}
