package vn.motcua.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.shared.DemoMode;
import vn.motcua.shared.ErrorAnswers;

/**
 * Chưa sẵn sàng: until Spring Boot declares the application ready to take traffic — every start-up
 * runner done, the demo loaded — a page answers a short 503 page that says why and refreshes itself, and
 * the API a 503 in its error format, both with Retry-After. Tomcat takes requests while the runners
 * still work, and a page half loaded would show wrong figures. The health probes pass, so that load
 * balancers and orchestrators read the same readiness.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class ReadinessGate extends OncePerRequestFilter {

    /** How long a client is asked to wait before trying again; the demo loads in a few seconds. */
    static final int RETRY_SECONDS = 3;

    private static final List<String> ALWAYS_ANSWERED = List.of("/actuator/", "/css/", "/js/", "/img/", "/webjars/", "/favicon.ico");

    private final ApplicationAvailability availability;
    private final DemoMode demoMode;
    private final ErrorAnswers answers;
    private final ITemplateEngine templates;
    private final LocaleResolver locales;

    ReadinessGate(ApplicationAvailability availability, DemoMode demoMode, ErrorAnswers answers, ITemplateEngine templates,
            LocaleResolver locales) {
        this.availability = availability;
        this.demoMode = demoMode;
        this.answers = answers;
        this.templates = templates;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC || ALWAYS_ANSWERED.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String reason = demoMode.shouldLoad() ? "startup.demo-loading" : "startup.not-ready";
        response.setHeader("Retry-After", String.valueOf(RETRY_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        Locale locale = locales.resolveLocale(request);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // This filter answers before Spring sets the request's locale: the error text follows the reader's choice all the same.
            LocaleContextHolder.setLocale(locale);
            try {
                answers.write(response, HttpStatus.SERVICE_UNAVAILABLE, "unavailable", reason, List.of());
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
            return;
        }
        Context page = new Context(locale);
        page.setVariable("reason", reason);
        page.setVariable("retrySeconds", RETRY_SECONDS);
        page.setVariable("lang", locale.getLanguage());
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Refresh", String.valueOf(RETRY_SECONDS));
        response.setContentType("text/html;charset=UTF-8");
        templates.process("shared/not-ready", page, response.getWriter());
    }
}
