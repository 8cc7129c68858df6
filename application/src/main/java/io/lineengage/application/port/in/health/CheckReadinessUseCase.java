package io.lineengage.application.port.in.health;

import java.util.Map;

public interface CheckReadinessUseCase {
    Readiness checkReadiness();

    /** Ready when every dependency answers; {@code checks} names each dependency and whether it answered. */
    record Readiness(boolean ready, Map<String, Boolean> checks) {
        public Readiness {
            checks = Map.copyOf(checks);
        }
    }
}
