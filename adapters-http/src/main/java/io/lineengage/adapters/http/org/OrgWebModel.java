package io.lineengage.adapters.http.org;

import io.lineengage.domain.org.Org;
import java.time.Instant;

record OrgWebModel(String id, String name, String timeZone, Instant createdAt) {
    static OrgWebModel from(Org org) {
        return new OrgWebModel(org.id().value(), org.name(), org.timeZone().getId(), org.createdAt());
    }
}
