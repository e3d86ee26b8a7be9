package vn.motcua.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Dự án đầu tư with its flags: {@code behindSchedule} when a milestone is past due and not done;
 * {@code stalled} when it is marked so or an active project has reported no progress for 180 days.
 */
public record Project(long id, String unitCode, String unitName, String name, String investor, String sector, String location,
        BigDecimal registeredCapital, BigDecimal landAreaHa, ProjectStatus status, LocalDate registeredOn, LocalDate operationDueOn,
        String recoveryDecision, LocalDate recoveryStartedOn, List<Milestone> milestones, List<Progress> progress,
        boolean behindSchedule, boolean stalled) {

    /** A milestone and the day it was reached. */
    public record Milestone(long id, String name, LocalDate dueOn, LocalDate doneOn) {
    }

    /** A progress report. */
    public record Progress(long id, LocalDate reportedOn, String note, String reportedBy) {
    }

    public LocalDate lastProgressOn() {
        return progress.isEmpty() ? null : progress.get(0).reportedOn();
    }
}
