package vn.motcua.reformindex;

import java.util.List;

/** Submission refused: each criterion named with what it lacks (a score, the evidence the set requires). */
public class ScorecardIncomplete extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A criterion and the message code of what it lacks. */
    public record Missing(String key, String label, String messageCode) {
    }

    private final transient List<Missing> missing;

    public ScorecardIncomplete(List<Missing> missing) {
        super(missing.size() + " criteria incomplete");
        this.missing = List.copyOf(missing);
    }

    public List<Missing> missing() {
        return missing;
    }
}
