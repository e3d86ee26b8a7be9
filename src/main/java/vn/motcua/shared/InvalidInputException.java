package vn.motcua.shared;

import java.util.List;

/** Input that breaks a business rule, naming the field at fault: HTTP 422 and a message beside the field. */
public class InvalidInputException extends LocalizedException {

    private final String field;

    public InvalidInputException(String field, String messageCode, Object... arguments) {
        this("invalid", field, messageCode, arguments);
    }

    /** The same fault answered under another error code (and status), as a file too large to take. */
    protected InvalidInputException(String errorCode, String field, String messageCode, Object... arguments) {
        super(errorCode, messageCode, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public List<String> fields() {
        return List.of(field);
    }
}
