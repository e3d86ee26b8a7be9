package vn.motcua.feedback;

import java.time.LocalDate;
import java.util.List;

/**
 * Đối thoại: a leaders' conference or meeting with citizens or businesses, and the issues raised with their follow-up.
 * The chair is an account ({@code chairAccount}) named and placed ({@code chairedBy}, {@code chairAgency}) as on the
 * day it was recorded; one recorded before chairs were chosen has a typed {@code chairedBy} and no account.
 */
public record Dialogue(long id, String unitCode, String unitName, LocalDate heldOn, String title, DialogueAudience audience,
        String chairedBy, int participants, String notes, List<Issue> issues, String chairAccount, String chairAgency) {

    /** An issue raised, the answer given and when it was settled (null: still open). */
    public record Issue(long id, String issue, String response, LocalDate resolvedOn) {
    }
}
