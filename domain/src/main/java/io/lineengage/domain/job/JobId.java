package io.lineengage.domain.job;

import java.util.Objects;
import java.util.UUID;

public record JobId(String value) {
    public JobId {
        Objects.requireNonNull(value, "value");
    }

    public static JobId generate() {
        return new JobId("job_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Override
    public String toString() {
        return value;
    }
}
