package io.lineengage.adapters.persistence.postgres;

import java.util.List;
import java.util.function.Function;

/**
 * One column of a batch of rows, bound as an array to {@code unnest(...)}: one statement text whatever the number of
 * rows, instead of a statement per row or a multi-row VALUES whose text changes with the count.
 */
public final class UnnestColumn {
    private UnnestColumn() {}

    /** The value of each row, in order; a null stays (a SQL NULL in the array). */
    public static <R, T> List<T> of(List<R> rows, Function<R, T> value) {
        return rows.stream().map(value).toList();
    }
}
