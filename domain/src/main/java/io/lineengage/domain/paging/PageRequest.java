package io.lineengage.domain.paging;

import io.lineengage.domain.error.ValidationException;
import java.util.Optional;

/** A page of a list: at most {@code limit} items after {@code cursor} (an opaque continuation from the last page). */
public record PageRequest(int limit, Optional<String> cursor) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ValidationException.of("limit", "must be from 1 to " + MAX_LIMIT);
        }
        cursor = cursor == null ? Optional.empty() : cursor.filter(text -> !text.isBlank());
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }
}
