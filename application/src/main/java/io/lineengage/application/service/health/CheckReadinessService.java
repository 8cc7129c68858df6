package io.lineengage.application.service.health;

import io.lineengage.application.port.in.health.CheckReadinessUseCase;
import io.lineengage.application.port.out.health.DatabaseHealthPort;
import java.util.Map;

public final class CheckReadinessService implements CheckReadinessUseCase {
    private final DatabaseHealthPort database;

    public CheckReadinessService(DatabaseHealthPort database) {
        this.database = database;
    }

    @Override
    public Readiness checkReadiness() {
        boolean databaseUp = database.isReachable();
        return new Readiness(databaseUp, Map.of("database", databaseUp));
    }
}
