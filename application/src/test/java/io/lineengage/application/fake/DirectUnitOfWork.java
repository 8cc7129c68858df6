package io.lineengage.application.fake;

import io.lineengage.application.port.out.UnitOfWork;
import java.util.function.Supplier;

/** Runs work as it comes: the in-memory fakes have nothing to roll back. */
public final class DirectUnitOfWork implements UnitOfWork {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
