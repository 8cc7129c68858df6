package io.lineengage.domain.paging;

import io.lineengage.domain.error.ValidationException;
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

    /**
     * The page of a short list held whole ({@code all}, in its order), cut as a keyset query would cut it: the items
     * after the one whose key is the cursor. A cursor naming no item is the caller's mistake.
     */
    public static <T> Page<T> of(List<T> all, PageRequest request, Function<T, String> keyOf) {
        int from = 0;
        if (request.cursor().isPresent()) {
            from = -1;
            for (int i = 0; i < all.size() && from < 0; i++) {
                if (keyOf.apply(all.get(i)).equals(request.cursor().get())) {
                    from = i + 1;
                }
            }
            if (from < 0) {
                throw ValidationException.of("cursor", "is not a cursor this list gave out");
            }
        }
        return fromOneMore(all.subList(from, Math.min(all.size(), from + request.limit() + 1)), request.limit(), keyOf);
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), nextCursor);
    }
}
