package io.lineengage.adapters.http.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.lineengage.domain.error.FieldError;
import java.util.List;

/** An RFC 9457 problem: what every error answer of the API carries, as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    public static final String CONTENT_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:line-engage:problem:";

    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, null);
    }

    /** Well-formed but refused because of what was stored before; {@code error} names the field at fault. */
    public static Problem unprocessable(String detail, FieldError error) {
        return new Problem(TYPE_PREFIX + "unprocessable", "Unprocessable request", 422, detail, List.of(error));
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem(TYPE_PREFIX + "validation", "Invalid request", 400, detail, List.copyOf(errors));
    }
}
