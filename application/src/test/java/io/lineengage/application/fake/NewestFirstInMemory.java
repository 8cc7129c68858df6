package io.lineengage.application.fake;

import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** The PostgreSQL adapters' newest-first lists, in memory: ordered by creation then ID, both descending. */
final class NewestFirstInMemory {
    private NewestFirstInMemory() {}

    static <T> Page<T> page(
            Collection<T> items, Function<T, Instant> createdAt, Function<T, String> id, PageRequest page) {
        List<T> ordered = items.stream()
                .sorted(Comparator.comparing(createdAt).thenComparing(id).reversed())
                .toList();
        return Page.of(ordered, page, id);
    }
}
