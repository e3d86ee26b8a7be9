package vn.motcua.shared;

/** A thing the caller named does not exist (or is outside what the caller may see): HTTP 404. */
public class NotFoundException extends LocalizedException {

    public NotFoundException(String messageCode, Object... arguments) {
        super("not_found", messageCode, arguments);
    }
}
