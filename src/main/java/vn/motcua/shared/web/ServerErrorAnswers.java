package vn.motcua.shared.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import vn.motcua.shared.ErrorAnswers;

/**
 * What the server itself answers when it refuses a request before MotCua sees it — a NUL or an encoded
 * slash in the path, a request line or headers longer than the server reads: the API's error format
 * under /api (and to any client that does not ask for a page), a short page in the reader's language
 * elsewhere; never the container's own page with its name and version.
 */
@Component
class ServerErrorAnswers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final ErrorAnswers answers;

    ServerErrorAnswers(ErrorAnswers answers) {
        this.answers = answers;
    }

    /**
     * The host's error report is replaced once the context starts, after every customizer (Spring Boot's
     * own adds a plain one) has run.
     */
    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                replaceErrorReport(context);
            }
        }));
    }

    private void replaceErrorReport(Context context) {
        Container host = context.getParent();
        if (host == null) {
            return;
        }
        Pipeline pipeline = host.getPipeline();
        for (Valve valve : pipeline.getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof Report)) {
                pipeline.removeValve(valve);
            }
        }
        for (Valve valve : pipeline.getValves()) {
            if (valve instanceof Report) {
                return;
            }
        }
        pipeline.addValve(new Report(answers));
    }

    /** Tomcat's error report valve with MotCua's answers in place of its page. */
    static final class Report extends ErrorReportValve {

        private static final Logger log = LoggerFactory.getLogger(Report.class);

        private final ErrorAnswers answers;

        Report(ErrorAnswers answers) {
            this.answers = answers;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            java.util.concurrent.atomic.AtomicBoolean ioAllowed = new java.util.concurrent.atomic.AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            String error;
            String code;
            Object[] arguments = {};
            switch (status) {
                case 404 -> {
                    error = "not_found";
                    code = "error.path";
                }
                case 405 -> {
                    error = "method_not_allowed";
                    code = "error.method";
                    arguments = new Object[] { String.valueOf(request.getMethod()) };
                }
                case 413 -> {
                    error = "too_large";
                    code = "error.request-too-large";
                }
                default -> {
                    error = status >= 500 ? "internal" : "malformed";
                    code = status >= 500 ? "error.internal" : "error.bad-request";
                }
            }
            try {
                boolean page = wantsPage(request);
                String body;
                if (page) {
                    body = "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + status + "</title></head><body><h1>"
                            + status + "</h1><p>" + HtmlUtils.htmlEscape(answers.text(request, code, arguments))
                            + "</p><p><a href=\"/\">" + HtmlUtils.htmlEscape(answers.text(request, "error.back")) + "</a></p></body></html>";
                } else {
                    body = answers.body(request, error, code, arguments);
                }
                response.setContentType(page ? "text/html" : "application/json");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                log.debug("The error answer for {} could not be written", status, e);
            }
        }

        /** A browser asking for a page outside the API; everything else gets the error format. */
        private static boolean wantsPage(Request request) {
            String uri;
            try {
                uri = request.getRequestURI();
            } catch (RuntimeException unreadable) {
                uri = null;
            }
            if (uri == null || uri.startsWith("/api/")) {
                return false;
            }
            String accept = request.getHeader("Accept");
            return accept != null && accept.contains("text/html");
        }
    }
}
