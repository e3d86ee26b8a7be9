package vn.motcua.shared;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.shared.ApiError.FieldProblem;

/** Writes the API's error body in the reader's language, from controllers and from security filters alike. */
@Component
public class ErrorAnswers {

    private final MessageSource messages;
    private final JsonMapper json;
    private final LocaleResolver locales;

    ErrorAnswers(MessageSource messages, JsonMapper json, LocaleResolver locales) {
        this.messages = messages;
        this.json = json;
        this.locales = locales;
    }

    /** The message in the current request's language; Vietnamese unless the reader chose English. */
    public String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, currentLocale());
    }

    private Locale currentLocale() {
        // Security filters answer before the DispatcherServlet sets the locale context: ask the resolver.
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return locales.resolveLocale(attributes.getRequest());
        }
        return LocaleContextHolder.getLocale();
    }

    /** The message in the language the request asks for (its language cookie), where no Spring request context is set. */
    public String text(jakarta.servlet.http.HttpServletRequest request, String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, locales.resolveLocale(request));
    }

    /** The error body as text, for the server's own error answers (a request refused before any filter saw it). */
    public String body(jakarta.servlet.http.HttpServletRequest request, String error, String messageCode, Object... arguments) {
        return json.writeValueAsString(new ApiError(error, text(request, messageCode, arguments), List.of()));
    }

    /** Writes the error body; used by the exception handlers and by filters that answer before any controller. */
    public void write(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String error,
            String messageCode, List<FieldProblem> details, Object... arguments) throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(json.writeValueAsString(new ApiError(error, text(messageCode, arguments), details)));
    }
}
