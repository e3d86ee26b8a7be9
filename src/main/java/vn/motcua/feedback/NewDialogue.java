package vn.motcua.feedback;

import java.time.LocalDate;
import java.util.List;

/** A dialogue to record, with the issues raised (one per line on the page). */
public record NewDialogue(String unitCode, LocalDate heldOn, String title, DialogueAudience audience, String chairedBy,
        Integer participants, String notes, List<String> issues) {
}
