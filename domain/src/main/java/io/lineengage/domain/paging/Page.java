package io.lineengage.domain.paging;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a list, and the cursor of the next one (empty on the last page). */
public record Page<T>(List<T> items, Optional<String> nextCursor) {
    public Page {
        items = List.copyOf(items);
        nextCursor = nextCursor == null ? Optional.empty() : nextCursor;
    }

    /**
     * The page of a keyset query that fetched up to {@code limit + 1} rows: the first {@code limit}, and, when the
     * extra row came back, the cursor of the last one shown.
     */
    public static <T> Page<T> fromOneMore(List<T> fetched, int limit, Function<T, String> cursorOf) {
        boolean more = fetched.size() > limit;
        List<T> items = more ? fetched.subList(0, limit) : fetched;
        return new Page<>(items, more ? Optional.of(cursorOf.apply(items.get(items.size() - 1))) : Optional.empty());
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), nextCursor);
    }
}
