package vn.motcua.shared.web;

import java.util.List;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * A file answer (a workbook, a CSV, a stored upload) has its type fixed by the handler, which Spring
 * then writes whatever the request's Accept says. This holds those answers to the same rule as the
 * JSON ones: a client that accepts none of the answer's type gets 406 in the error format.
 */
@ControllerAdvice
class AcceptedContent implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
            Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request, ServerHttpResponse response) {
        List<String> accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept == null || accept.isEmpty() || selectedContentType == null) {
            return body;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException unreadable) {
            throw new NotAcceptable(List.of());
        }
        if (!accepted.isEmpty() && accepted.stream().noneMatch(type -> type.isCompatibleWith(selectedContentType))) {
            throw new NotAcceptable(List.of(selectedContentType));
        }
        return body;
    }

    /** Unchecked, since the advice may not throw the checked original; the error handling answers it as 406. */
    static final class NotAcceptable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotAcceptable(List<MediaType> supported) {
            super(new HttpMediaTypeNotAcceptableException(supported));
        }
    }
}
