package vn.motcua.shared.web;

import java.io.IOException;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.shared.ErrorAnswers;

/**
 * Refuses request bodies larger than the application reads (413 in the error format) before any of
 * it is read into memory: imports may be large, everything else is small.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodySizeLimit extends OncePerRequestFilter {

    private final ErrorAnswers answers;
    private final long importLimit;
    private final long defaultLimit;

    BodySizeLimit(ErrorAnswers answers, @Value("${motcua.limits.import-bytes:209715200}") long importLimit,
            @Value("${motcua.limits.body-bytes:11534336}") long defaultLimit) {
        this.answers = answers;
        this.importLimit = importLimit;
        this.defaultLimit = defaultLimit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/imports/") ? importLimit : defaultLimit;
        if (request.getContentLengthLong() > limit) {
            answers.write(response, HttpStatus.CONTENT_TOO_LARGE, "too_large", "error.too-large", List.of(), limit / (1024 * 1024));
            return;
        }
        chain.doFilter(request, response);
    }
}
