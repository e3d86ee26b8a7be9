package vn.motcua.investment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The investment-climate figures of a unit and the units below it for a window [from, to]: capital
 * mobilised in the year up to the window's end and its share of the year's plan; enterprises founded
 * in the window and in the same window a year before, the change in percent; market inspections,
 * those handled and the violations by kind; projects registered by the end, those active, behind schedule and
 * stalled at the end. {@code capitalMobilised} and {@code enterprises} are null where nothing has been recorded
 * ("chưa có số liệu"), never a 0 that no one entered.
 */
public record ClimateFigures(String unitCode, LocalDate from, LocalDate to, BigDecimal capitalMobilised, BigDecimal capitalPlan,
        BigDecimal capitalShare, Long enterprises, long enterprisesLastYear, BigDecimal enterprisesChange, long marketCases,
        long marketHandled, long violations, long counterfeit, long bannedSmuggled, long tradeFraud, long projects, long activeProjects,
        long projectsBehindSchedule, long projectsStalled) {
}
