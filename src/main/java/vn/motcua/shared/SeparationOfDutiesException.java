package vn.motcua.shared;

/**
 * Phân tách nhiệm vụ: the caller has the role for the act but may not do it to this record, because
 * the act must be another person's (approving what one submitted or handled) or a higher level's: HTTP 403
 * with the reason, so the person knows whom to ask.
 */
public class SeparationOfDutiesException extends LocalizedException {

    public SeparationOfDutiesException(String messageCode, Object... arguments) {
        super("forbidden", messageCode, arguments);
    }
}
