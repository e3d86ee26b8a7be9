package vn.motcua.shared.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.shared.ErrorAnswers;

/**
 * Giới hạn dung lượng: refuses request bodies larger than the application reads, with 413 in the
 * error format. A declared length over the limit is refused before anything is read; a body that
 * declares none (chunked) or lies is counted as it is read and stops at the limit, so no request holds
 * more than its limit in memory. What strangers send to the public forms and to the sign-in is small;
 * imports may be large; everything else is in between. Uploads (multipart) of officers and citizens
 * may be as large as the container's multipart limit, which the files module sets from the upload
 * limits (motcua.files.max-size, max-request-size); the container counts their parts as it spools them to disk, and
 * the declared length is checked here as for any body. Strangers' uploads to the public forms keep
 * the middle limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodySizeLimit extends OncePerRequestFilter {

    private static final List<String> PUBLIC = List.of("/api/v1/public/", "/public/", "/login", "/setup");

    private final ErrorAnswers answers;
    private final long importLimit;
    private final long defaultLimit;
    private final long publicLimit;
    private final UploadLimit uploads;

    BodySizeLimit(ErrorAnswers answers, @Value("${motcua.limits.import-bytes:209715200}") long importLimit,
            @Value("${motcua.limits.body-bytes:11534336}") long defaultLimit,
            @Value("${motcua.limits.public-body-bytes:65536}") long publicLimit, UploadLimit uploads) {
        this.answers = answers;
        this.importLimit = importLimit;
        this.defaultLimit = defaultLimit;
        this.publicLimit = publicLimit;
        this.uploads = uploads;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            if (limit == uploads.requestBytes()) {
                answers.write(response, HttpStatus.CONTENT_TOO_LARGE, "too_large", "error.upload-too-large", List.of(),
                        BodyTooLargeException.readable(uploads.fileBytes()), BodyTooLargeException.readable(limit));
            } else {
                answers.write(response, HttpStatus.CONTENT_TOO_LARGE, "too_large", "error.too-large", List.of(),
                        BodyTooLargeException.readable(limit));
            }
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    private long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/v1/imports/")) {
            return importLimit;
        }
        String type = request.getContentType();
        boolean upload = type != null && type.regionMatches(true, 0, "multipart/", 0, 10);
        boolean stranger = PUBLIC.stream().anyMatch(path::startsWith);
        if (upload) {
            return stranger ? defaultLimit : uploads.requestBytes();
        }
        return stranger ? publicLimit : defaultLimit;
    }

    /** The request with its body counted as it is read. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream counted;
        private BufferedReader reader;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (reader != null) {
                throw new IllegalStateException("getReader() has already been called");
            }
            if (counted == null) {
                counted = new CountedStream(super.getInputStream(), limit);
            }
            return counted;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }
    }

    /** Passes the bytes through and fails once more than the limit went by. */
    private static final class CountedStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long read;

        CountedStream(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
