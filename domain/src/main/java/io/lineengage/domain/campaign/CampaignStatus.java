package io.lineengage.domain.campaign;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a campaign is: DRAFT → SCHEDULED (at its time) → RUNNING → COMPLETED; PAUSED and CANCELLED from SCHEDULED or
 * RUNNING; FAILED only when nothing can be delivered.
 */
public enum CampaignStatus {
    DRAFT,
    SCHEDULED,
    RUNNING,
    PAUSED,
    COMPLETED,
    CANCELLED,
    FAILED;

    public Set<CampaignStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SCHEDULED, RUNNING);
            case SCHEDULED -> EnumSet.of(RUNNING, PAUSED, CANCELLED, FAILED);
            case RUNNING -> EnumSet.of(COMPLETED, FAILED, PAUSED, CANCELLED);
            case PAUSED -> EnumSet.of(SCHEDULED, RUNNING, CANCELLED);
            case COMPLETED, CANCELLED, FAILED -> EnumSet.noneOf(CampaignStatus.class);
        };
    }

    public boolean canBecome(CampaignStatus target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
