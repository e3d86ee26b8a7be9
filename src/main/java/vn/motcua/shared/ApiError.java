package vn.motcua.shared;

import java.util.List;

/** The body of every 4xx answer of the API: a code, a sentence for a person, and the fields at fault. */
public record ApiError(String error, String message, List<FieldProblem> details) {

    public ApiError {
        details = details == null ? List.of() : List.copyOf(details);
    }

    /** One field at fault and what is wrong with it. */
    public record FieldProblem(String field, String message) {
    }
}
