package vn.motcua.tasks;

import java.time.LocalDate;
import java.util.List;

/**
 * Nhiệm vụ: of a plan, or assigned by the province with its document; owned by an agency with
 * others co-operating; split into subtasks for communes and departments.
 */
public record Task(long id, String unitCode, Long planId, String planNumber, Long assignedById, String assignedByNumber, Long parentId,
        String title, String ownerAgencyCode, String ownerAgencyName, String cooperating, LocalDate deadline, LocalDate completedOn,
        Status status, Standing standing, int version, List<Progress> progress) {

    /** Trạng thái. */
    public enum Status {
        OPEN, DONE, CANCELLED
    }

    /** Where a task stands against its deadline: done on time, done late, open, open and overdue. */
    public enum Standing {
        ON_TIME, LATE, OPEN, OVERDUE, CANCELLED
    }

    /** A progress note with its evidence file, if any. */
    public record Progress(long id, java.time.OffsetDateTime at, String author, String note, String fileName) {
    }

    static Standing standing(Status status, LocalDate deadline, LocalDate completedOn, LocalDate today) {
        return switch (status) {
            case DONE -> completedOn != null && completedOn.isAfter(deadline) ? Standing.LATE : Standing.ON_TIME;
            case CANCELLED -> Standing.CANCELLED;
            case OPEN -> today.isAfter(deadline) ? Standing.OVERDUE : Standing.OPEN;
        };
    }
}
