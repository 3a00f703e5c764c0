package org.daksetu.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.daksetu.shared.ConflictException;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.NotFoundException;
import org.daksetu.shared.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where failures become RFC 9457 problem details. Every client error names each
 * bad field and value in {@code errors}; a server error says only that it happened, never how.
 */
@RestControllerAdvice
public class ProblemDetails {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetails.class);
    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    public record FieldError(String field, String value, String message) {
        static FieldError of(InvalidValueException e) {
            return new FieldError(e.field(), e.value(), e.rule());
        }
    }

    public static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String type, String title,
                                                       String detail, List<FieldError> errors, HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create("urn:daksetu:problem:" + type));
        body.setTitle(title);
        if (request != null) {
            body.setInstance(URI.create(request.getRequestURI()));
        }
        if (!errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(body);
    }

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<ProblemDetail> invalidValue(InvalidValueException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", e.getMessage(),
                List.of(FieldError.of(e)), request);
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<ProblemDetail> invalidValues(ValidationException e, HttpServletRequest request) {
        List<FieldError> errors = e.problems().stream().map(FieldError::of).toList();
        String detail = errors.size() == 1 ? e.problems().getFirst().getMessage()
                : errors.size() + " fields are invalid; see errors";
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", detail, errors, request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage(),
                List.of(new FieldError(e.field(), e.value(), e.getMessage())), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName().toLowerCase();
        FieldError error = new FieldError(e.getName(), String.valueOf(e.getValue()), "must be a valid " + expected);
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                e.getName() + " '" + e.getValue() + "' " + error.message(), List.of(error), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        FieldError error = new FieldError(e.getParameterName(), "", "is required");
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                "parameter " + e.getParameterName() + " is required", List.of(error), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        String reason = JsonErrors.describe(e);
        return problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body", reason,
                List.of(new FieldError(JsonErrors.path(e), "", reason)), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed",
                e.getMethod() + " is not supported here; use " + e.getSupportedHttpMethods(), List.of(), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                "Content-Type " + e.getContentType() + " is not accepted; use " + e.getSupportedMediaTypes(),
                List.of(new FieldError("Content-Type", String.valueOf(e.getContentType()), "not accepted")), request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request too large", e.getMessage(), List.of(), request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "No resource at " + request.getRequestURI(),
                List.of(), request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage(),
                List.of(new FieldError(e.field(), e.value(), e.getMessage())), request);
    }

    /**
     * PostgreSQL's answers to a request that met another at the wrong moment: a deadlock (two scan
     * intakes sending the same scan at once can meet so, see docs/TRACKING.md, "Intake") or a
     * serialisation failure. The transaction was rolled back whole; the same request sent again
     * succeeds, so the answer is 503 with Retry-After, not an internal error.
     */
    static final java.util.Set<String> TRANSIENT_STATES = java.util.Set.of("40P01", "40001");

    static boolean transientConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException se && TRANSIENT_STATES.contains(se.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (transientConflict(e)) {
            log.warn("{} {} met a concurrent request and was rolled back; the client is asked to retry: {}",
                    request.getMethod(), request.getRequestURI(), e.toString());
            ResponseEntity<ProblemDetail> busy = problem(HttpStatus.SERVICE_UNAVAILABLE, "retry", "Try again",
                    "The request met a concurrent one and nothing of it was applied; send it again", List.of(), request);
            return ResponseEntity.status(busy.getStatusCode()).header("Retry-After", "1").contentType(PROBLEM_JSON)
                    .body(busy.getBody());
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "The request failed on the server; it has been logged", List.of(), request);
    }

}
