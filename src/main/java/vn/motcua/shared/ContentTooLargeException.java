package vn.motcua.shared;

/**
 * Something sent is larger than MotCua takes (a file over the upload limit), naming the field and
 * what is too large: HTTP 413 instead of 422, nothing stored.
 */
public class ContentTooLargeException extends InvalidInputException {

    public ContentTooLargeException(String field, String messageCode, Object... arguments) {
        super("too_large", field, messageCode, arguments);
    }
}
