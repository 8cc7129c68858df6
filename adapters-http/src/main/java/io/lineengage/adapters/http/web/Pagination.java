package io.lineengage.adapters.http.web;

import io.javalin.http.Context;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The API's list convention: {@code ?limit=&cursor=} in, {@code {items, nextCursor}} out. */
public final class Pagination {
    private Pagination() {}

    public static PageRequest request(Context ctx) {
        String limit = ctx.queryParam("limit");
        int size = PageRequest.DEFAULT_LIMIT;
        if (limit != null) {
            try {
                size = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                throw ValidationException.of("limit", "must be a whole number from 1 to " + PageRequest.MAX_LIMIT);
            }
        }
        return new PageRequest(size, Optional.ofNullable(ctx.queryParam("cursor")));
    }

    public static <T> Map<String, Object> body(Page<T> page, Function<T, ?> webModel) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items().stream().map(webModel).toList());
        body.put("nextCursor", page.nextCursor().orElse(null));
        return body;
    }
}
