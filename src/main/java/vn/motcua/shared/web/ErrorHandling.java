package vn.motcua.shared.web;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.exc.MismatchedInputException;
import vn.motcua.shared.ApiError.FieldProblem;
import vn.motcua.shared.ErrorAnswers;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.ContentTooLargeException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.LocalizedException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.SeparationOfDutiesException;
import vn.motcua.shared.TooManyRequestsException;

/**
 * One place that turns failures into answers: the JSON error format under /api, an error page
 * elsewhere. Nothing a client sends may produce a stack trace.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final ErrorAnswers answers;
    private final UploadLimit uploads;

    ErrorHandling(ErrorAnswers answers, UploadLimit uploads) {
        this.answers = answers;
        this.uploads = uploads;
    }

    /** A body stopped at its limit while it was read, whichever reader wrapped the refusal. */
    private Optional<ModelAndView> tooLarge(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return BodyTooLargeException.in(e).map(tooLarge -> answer(request, response, HttpStatus.CONTENT_TOO_LARGE, "too_large",
                "error.too-large", List.of(), BodyTooLargeException.readable(tooLarge.limit())));
    }

    @ExceptionHandler(BindException.class)
    ModelAndView invalidBody(BindException e, HttpServletRequest request, HttpServletResponse response) {
        List<FieldProblem> details = new ArrayList<>();
        e.getFieldErrors().forEach(error -> details.add(new FieldProblem(error.getField(),
                answers.text(error.getDefaultMessage() == null ? "error.invalid" : error.getDefaultMessage()))));
        e.getGlobalErrors().forEach(error -> details.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return answer(request, response, HttpStatus.BAD_REQUEST, "validation", "error.validation", details);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ModelAndView invalidParameters(HandlerMethodValidationException e, HttpServletRequest request, HttpServletResponse response) {
        List<FieldProblem> details = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> details.add(
                new FieldProblem(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        return answer(request, response, HttpStatus.BAD_REQUEST, "validation", "error.validation", details);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ModelAndView unreadable(HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response) {
        Optional<ModelAndView> tooLarge = tooLarge(e, request, response);
        if (tooLarge.isPresent()) {
            return tooLarge.get();
        }
        List<FieldProblem> details = new ArrayList<>();
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                            : "[" + reference.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            Class<?> target = mismatch.getTargetType();
            details.add(new FieldProblem(field, target != null && target.isEnum()
                    ? answers.text("error.field.one-of", java.util.Arrays.toString(target.getEnumConstants()))
                    : answers.text("error.field.unreadable")));
        }
        return answer(request, response, HttpStatus.BAD_REQUEST, "malformed", "error.malformed", details);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView wrongParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.BAD_REQUEST, "validation", "error.validation",
                List.of(new FieldProblem(e.getName(), answers.text("error.parameter.type", String.valueOf(e.getValue())))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missingParameter(MissingServletRequestParameterException e, HttpServletRequest request,
            HttpServletResponse response) {
        return answer(request, response, HttpStatus.BAD_REQUEST, "validation", "error.validation",
                List.of(new FieldProblem(e.getParameterName(), answers.text("error.required"))));
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.UNPROCESSABLE_CONTENT, e.errorCode(), "error.validation",
                e.problems().stream().map(p -> new FieldProblem(p.field(), answers.text(p.messageCode(), p.arguments()))).toList());
    }

    /** A file over the upload limit, named: 413 with the file beside the field, as a refusal of its content would be. */
    @ExceptionHandler(ContentTooLargeException.class)
    ModelAndView contentTooLarge(ContentTooLargeException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.CONTENT_TOO_LARGE, e.errorCode(), e.messageCode(),
                List.of(new FieldProblem(e.field(), answers.text(e.messageCode(), e.arguments()))), e.arguments());
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response) {
        return localized(e, HttpStatus.NOT_FOUND, request, response);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e, HttpServletRequest request, HttpServletResponse response) {
        return localized(e, HttpStatus.CONFLICT, request, response);
    }

    @ExceptionHandler(SeparationOfDutiesException.class)
    ModelAndView separation(SeparationOfDutiesException e, HttpServletRequest request, HttpServletResponse response) {
        return localized(e, HttpStatus.FORBIDDEN, request, response);
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ModelAndView tooMany(TooManyRequestsException e, HttpServletRequest request, HttpServletResponse response) {
        return localized(e, HttpStatus.TOO_MANY_REQUESTS, request, response);
    }

    @ExceptionHandler({ OptimisticLockingFailureException.class, DuplicateKeyException.class })
    ModelAndView concurrentChange(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.CONFLICT, "conflict", "error.concurrent", List.of());
    }

    @ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
    ModelAndView denied(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.FORBIDDEN, "forbidden", "error.forbidden", List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView noSuchPath(NoResourceFoundException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.NOT_FOUND, "not_found", "error.path", List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", "error.method", List.of(),
                e.getMethod());
    }

    /** Accept names no type the answer has: the JSON answers negotiated by Spring, the files checked by {@link AcceptedContent}. */
    @ExceptionHandler({ HttpMediaTypeNotAcceptableException.class, AcceptedContent.NotAcceptable.class })
    ModelAndView notAcceptable(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.NOT_ACCEPTABLE, "not_acceptable", "error.not-acceptable", List.of());
    }

    /**
     * A value the database refuses as data — a character it cannot store, a number or date beyond its
     * columns, a text longer than its column — came from the request: 400, not a failure of MotCua.
     * Logged, since a check at the edge should have caught it first.
     */
    @ExceptionHandler(DataAccessException.class)
    ModelAndView refusedByTheDatabase(DataAccessException e, HttpServletRequest request, HttpServletResponse response) {
        String state = e.getMostSpecificCause() instanceof SQLException sql ? sql.getSQLState() : null;
        if (state != null && state.startsWith("22")) {
            log.warn("A value of {} {} refused by the database ({}): {}", request.getMethod(), request.getRequestURI(), state,
                    e.getMostSpecificCause().getMessage());
            return answer(request, response, HttpStatus.BAD_REQUEST, "validation", "error.value-refused", List.of());
        }
        return unexpected(e, request, response);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ModelAndView wrongMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", "error.media-type",
                List.of(), String.valueOf(e.getContentType()));
    }

    /** A multipart body that cannot be parsed, or lacks the file part the endpoint takes. */
    @ExceptionHandler({ MultipartException.class, MissingServletRequestPartException.class })
    ModelAndView badMultipart(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (e instanceof MaxUploadSizeExceededException) {
            String file = BodyTooLargeException.readable(uploads.fileBytes());
            String whole = BodyTooLargeException.readable(uploads.requestBytes());
            return answer(request, response, HttpStatus.CONTENT_TOO_LARGE, "too_large", "error.upload-too-large",
                    List.of(new FieldProblem("file", answers.text("error.upload-too-large", file, whole))), file, whole);
        }
        Optional<ModelAndView> tooLarge = tooLarge(e, request, response);
        if (tooLarge.isPresent()) {
            return tooLarge.get();
        }
        String part = e instanceof MissingServletRequestPartException missing ? missing.getRequestPartName() : "file";
        return answer(request, response, HttpStatus.BAD_REQUEST, "malformed", "error.malformed",
                List.of(new FieldProblem(part, answers.text("error.multipart"))));
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        Optional<ModelAndView> tooLarge = tooLarge(e, request, response);
        if (tooLarge.isPresent()) {
            return tooLarge.get();
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "internal", "error.internal", List.of());
    }

    private ModelAndView localized(LocalizedException e, HttpStatus status, HttpServletRequest request,
            HttpServletResponse response) {
        return answer(request, response, status, e.errorCode(), e.messageCode(), List.of(), e.arguments());
    }

    private ModelAndView answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String error,
            String messageCode, List<FieldProblem> details, Object... arguments) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            try {
                answers.write(response, status, error, messageCode, details, arguments);
            } catch (java.io.IOException io) {
                log.debug("Client went away before the error answer", io);
            }
            return new ModelAndView();
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", answers.text(messageCode, arguments));
        page.addObject("details", details);
        return page;
    }
}
