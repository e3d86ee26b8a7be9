package vn.motcua.shared.web;

import java.io.IOException;

/**
 * A request body that went past its limit while it was being read (a chunked body declares no length).
 * An IOException, since it surfaces from the body's stream; the error handling finds it wherever a
 * reader wrapped it and answers 413.
 */
class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    BodyTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }

    /** The limit as a person reads it: 64 KB, 11 MB. */
    static String readable(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : Math.max(1, bytes / 1024) + " KB";
    }

    /** This exception anywhere in the chain of causes, if it is there. */
    static java.util.Optional<BodyTooLargeException> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return java.util.Optional.of(tooLarge);
            }
        }
        return java.util.Optional.empty();
    }
}
