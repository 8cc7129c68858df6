package io.lineengage.adapters.persistence.postgres;

import io.lineengage.application.port.out.health.DatabaseHealthPort;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class JdbiDatabaseHealth implements DatabaseHealthPort {
    private static final Logger LOG = LoggerFactory.getLogger(JdbiDatabaseHealth.class);
    private final Jdbi jdbi;

    JdbiDatabaseHealth(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean isReachable() {
        try {
            return jdbi.withHandle(handle ->
                            handle.createQuery("SELECT 1").mapTo(Integer.class).one())
                    == 1;
        } catch (RuntimeException e) {
            LOG.warn("database unreachable: {}", e.getMessage());
            return false;
        }
    }
}
