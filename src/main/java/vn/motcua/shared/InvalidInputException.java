package vn.motcua.shared;

import java.util.List;

/**
 * Input that breaks a business rule, naming the field at fault: HTTP 422 and a message beside the
 * field. One exception may carry several problems (a form with three fields missing names all
 * three); the first is the one its message code tells.
 */
public class InvalidInputException extends LocalizedException {

    /** One field at fault: its name, a message code and the code's arguments. */
    public record Problem(String field, String messageCode, Object... arguments) {
    }

    private final String field;
    private final transient List<Problem> problems;

    public InvalidInputException(String field, String messageCode, Object... arguments) {
        this("invalid", field, messageCode, arguments);
    }

    /** The same fault answered under another error code (and status), as a file too large to take. */
    protected InvalidInputException(String errorCode, String field, String messageCode, Object... arguments) {
        super(errorCode, messageCode, arguments);
        this.field = field;
        this.problems = List.of(new Problem(field, messageCode, arguments()));
    }

    /** Several problems at once, in the order they should be read; there must be at least one. */
    public InvalidInputException(List<Problem> problems) {
        super("invalid", problems.get(0).messageCode(), problems.get(0).arguments());
        this.field = problems.get(0).field();
        this.problems = List.copyOf(problems);
    }

    public String field() {
        return field;
    }

    public List<String> fields() {
        return problems.stream().map(Problem::field).toList();
    }

    public List<Problem> problems() {
        return problems;
    }
}
