package org.shangliang.deliberation.spring;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.json.DeliberationJsonException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers malformed input with an RFC 9457 problem detail, status 400 ({@code
 * application/problem+json}), whose {@code errors} member lists each fault with its JSON pointer:
 *
 * <pre>{@code
 * {"type": "about:blank", "title": "Malformed deliberation document", "status": 400,
 *  "detail": "/units/0/level (line 1, column 42): must be one of …",
 *  "errors": [{"pointer": "/units/0/level", "detail": "must be one of …", "line": 1, "column": 42}]}
 * }</pre>
 *
 * <p>It answers a {@link DeliberationJsonException} (a controller reading a document with {@code
 * DeliberationJson}), an {@link HttpMessageNotReadableException} caused by one (a request body read
 * by Boot's {@code ObjectMapper} with the deliberation module: the pointer is into the whole body),
 * and an {@link InvalidModelException} (a value a controller could not build: the pointer is its
 * path, relative to the value being built). Any other unreadable body is left to Spring MVC's
 * default handling. The title is localized through {@link DeliberationMessages} ({@code
 * shangliang.problem.malformed-document}, {@code shangliang.problem.invalid-value}) in the request's
 * locale. Registered first ({@link Ordered#HIGHEST_PRECEDENCE}); turn it off with {@code
 * shangliang.problem-details.enabled=false} or replace it with a bean of this type.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DeliberationProblemHandler {
  private final URI type;
  private final DeliberationMessages messages;

  /**
   * Creates the handler.
   *
   * @param type the problem type of a malformed document ({@code about:blank} by default)
   * @param messages where titles are looked up
   */
  public DeliberationProblemHandler(URI type, DeliberationMessages messages) {
    this.type = Objects.requireNonNull(type, "type");
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  /**
   * A malformed document read with {@code DeliberationJson}.
   *
   * @param fault the fault
   * @param locale the request's locale
   * @return the problem detail
   */
  @ExceptionHandler(DeliberationJsonException.class)
  public ProblemDetail malformedDocument(DeliberationJsonException fault, Locale locale) {
    return problem(
        "shangliang.problem.malformed-document",
        fault.getMessage(),
        List.of(error(fault.pointer(), fault.fault(), fault.line(), fault.column())),
        locale);
  }

  /**
   * A request body the deliberation module refused; any other unreadable body is thrown on to Spring
   * MVC's default handling.
   *
   * @param unreadable the exception
   * @param locale the request's locale
   * @return the problem detail
   * @throws HttpMessageNotReadableException if no {@link DeliberationJsonException} caused it
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ProblemDetail unreadableBody(HttpMessageNotReadableException unreadable, Locale locale)
      throws HttpMessageNotReadableException {
    for (Throwable cause = unreadable.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof DeliberationJsonException fault) {
        return malformedDocument(fault, locale);
      }
      if (cause == cause.getCause()) {
        break;
      }
    }
    throw unreadable;
  }

  /**
   * A model value that cannot be built.
   *
   * @param invalid the exception
   * @param locale the request's locale
   * @return the problem detail
   */
  @ExceptionHandler(InvalidModelException.class)
  public ProblemDetail invalidValue(InvalidModelException invalid, Locale locale) {
    return problem(
        "shangliang.problem.invalid-value",
        invalid.getMessage(),
        List.of(error(invalid.path().toJsonPointer(), invalid.fault(), 0, 0)),
        locale);
  }

  private ProblemDetail problem(
      String titleCode, String detail, List<Map<String, Object>> errors, Locale locale) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setType(type);
    messages.message(titleCode, new Object[0], locale).ifPresent(problem::setTitle);
    problem.setProperty("errors", errors);
    return problem;
  }

  private static Map<String, Object> error(String pointer, String detail, long line, long column) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("pointer", pointer);
    error.put("detail", detail);
    if (line > 0) {
      error.put("line", line);
      error.put("column", column);
    }
    return error;
  }
}
