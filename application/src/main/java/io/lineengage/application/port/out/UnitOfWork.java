package io.lineengage.application.port.out;

import java.util.function.Supplier;

/** Runs work atomically: every change made through the out-ports inside it commits together or not at all. */
public interface UnitOfWork {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
