package vn.motcua.indicators;

import java.util.List;

/** Submission refused because validation found errors: 422 with each finding. */
public class ValidationFailed extends RuntimeException {

    private final transient List<Finding> findings;

    public ValidationFailed(List<Finding> findings) {
        super("validation errors");
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
