package vn.motcua.shared;

/**
 * A failure the user must be told about, carrying a message code rather than a text so that the
 * page or the API answer it in the reader's language.
 */
public abstract class LocalizedException extends RuntimeException {

    private final String errorCode;
    private final String messageCode;
    private final transient Object[] arguments;

    protected LocalizedException(String errorCode, String messageCode, Object... arguments) {
        super(messageCode);
        this.errorCode = errorCode;
        this.messageCode = messageCode;
        this.arguments = java.util.Arrays.stream(arguments).map(LocalizedException::shown).toArray();
    }

    /** Dates are named as officials write them (27/11/2026), in either language, never in ISO form. */
    private static Object shown(Object argument) {
        return argument instanceof java.time.LocalDate date ? date.format(DAY) : argument;
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String errorCode() {
        return errorCode;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
