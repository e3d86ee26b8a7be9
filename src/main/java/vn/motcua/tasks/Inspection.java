package vn.motcua.tasks;

import java.time.LocalDate;
import java.util.List;

/** Kiểm tra: an inspection of agencies and communes (of discipline, kỷ luật kỷ cương, or not), its findings and their resolution. */
public record Inspection(long id, String unitCode, Long planId, String title, LocalDate heldOn, boolean discipline,
        List<String> agencyCodes, List<Finding> findings) {

    /** A finding and when it was resolved. */
    public record Finding(long id, String description, LocalDate resolvedOn) {
    }
}
