package vn.motcua.shared;

/** The caller asked too often in too short a time: HTTP 429. */
public class TooManyRequestsException extends LocalizedException {

    public TooManyRequestsException(String messageCode, Object... arguments) {
        super("too_many_requests", messageCode, arguments);
    }
}
