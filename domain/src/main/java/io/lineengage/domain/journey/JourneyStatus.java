package io.lineengage.domain.journey;

import java.util.Set;

/** A journey's life: drafted, activated (it takes entries), paused (it takes none; entries inside wait), archived. */
public enum JourneyStatus {
    DRAFT,
    ACTIVE,
    PAUSED,
    ARCHIVED;

    public Set<JourneyStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(ACTIVE, ARCHIVED);
            case ACTIVE -> Set.of(PAUSED, ARCHIVED);
            case PAUSED -> Set.of(ACTIVE, ARCHIVED);
            case ARCHIVED -> Set.of();
        };
    }
}
