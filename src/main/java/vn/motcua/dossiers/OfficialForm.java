package vn.motcua.dossiers;

import java.util.Arrays;
import java.util.Optional;

/**
 * Biểu mẫu: an official form of the one-stop desk, named as the API names it. Which number and title
 * it carries, and whether it exists at all, depends on the circular in force (form-regimes.tsv).
 * {@code occasion} is the action that calls for it; the receipt and the control sheet exist for every dossier.
 */
public enum OfficialForm {
    RECEIPT("receipt", ActionKind.RECEIVE),
    SUPPLEMENT_REQUEST("supplement-request", ActionKind.REQUEST_SUPPLEMENT),
    REFUSAL("refusal", ActionKind.REJECT),
    APOLOGY("apology", ActionKind.APOLOGIZE),
    STOP_NOTICE("stop-notice", ActionKind.STOP),
    CONTROL_SHEET("control-sheet", ActionKind.RECEIVE),
    /** Sổ theo dõi hồ sơ: an agency's book for a window, not a dossier's form. */
    BOOK("book", null);

    private final String slug;
    private final ActionKind occasion;

    OfficialForm(String slug, ActionKind occasion) {
        this.slug = slug;
        this.occasion = occasion;
    }

    public String slug() {
        return slug;
    }

    public ActionKind occasion() {
        return occasion;
    }

    public static Optional<OfficialForm> bySlug(String slug) {
        return Arrays.stream(values()).filter(f -> f.slug.equals(slug)).findFirst();
    }
}
