package vn.motcua.feedback;

import java.time.LocalDate;
import java.util.List;

/**
 * A dialogue to record, with the issues raised (one per line on the page). The chair is chosen from the unit's
 * leaders: {@code chairAccount} names the account; a client written before that may give {@code chairedBy}, which
 * must then be exactly the name of one of those leaders.
 */
public record NewDialogue(String unitCode, LocalDate heldOn, String title, DialogueAudience audience, String chairedBy,
        Integer participants, String notes, List<String> issues, String chairAccount) {

    /** A dialogue whose chair is given by name only. */
    public NewDialogue(String unitCode, LocalDate heldOn, String title, DialogueAudience audience, String chairedBy,
            Integer participants, String notes, List<String> issues) {
        this(unitCode, heldOn, title, audience, chairedBy, participants, notes, issues, null);
    }
}
