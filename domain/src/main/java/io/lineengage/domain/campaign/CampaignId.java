package io.lineengage.domain.campaign;

import java.util.Objects;
import java.util.UUID;

public record CampaignId(String value) {
    public CampaignId {
        Objects.requireNonNull(value, "value");
    }

    public static CampaignId generate() {
        return new CampaignId("cmp_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Override
    public String toString() {
        return value;
    }
}
