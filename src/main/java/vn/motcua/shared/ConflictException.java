package vn.motcua.shared;

/** A change that conflicts with the current state, such as a duplicate or a stale version: HTTP 409. */
public class ConflictException extends LocalizedException {

    public ConflictException(String messageCode, Object... arguments) {
        super("conflict", messageCode, arguments);
    }
}
