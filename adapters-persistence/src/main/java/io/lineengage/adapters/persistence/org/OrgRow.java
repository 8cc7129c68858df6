package io.lineengage.adapters.persistence.org;

import io.lineengage.domain.org.Org;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.time.ZoneId;

public record OrgRow(String id, String name, String timeZone, Instant createdAt) {
    static OrgRow from(Org org) {
        return new OrgRow(org.id().value(), org.name(), org.timeZone().getId(), org.createdAt());
    }

    Org toDomain() {
        return new Org(new OrgId(id), name, ZoneId.of(timeZone), createdAt);
    }
}
