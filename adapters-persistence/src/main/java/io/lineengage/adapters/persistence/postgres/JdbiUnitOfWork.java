package io.lineengage.adapters.persistence.postgres;

import io.lineengage.application.port.out.UnitOfWork;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * One database transaction around the work. JDBI keeps the transaction's handle in a thread-local scope, so the
 * on-demand DAOs that the repositories call inside the work join it instead of opening their own.
 */
final class JdbiUnitOfWork implements UnitOfWork {
    private final Jdbi jdbi;

    JdbiUnitOfWork(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jdbi.inTransaction(handle -> work.get());
    }
}
