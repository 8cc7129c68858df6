package io.lineengage.application.port.out.identity;

import io.lineengage.domain.line.LineProfile;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.Optional;

/** LINE profiles as last fetched, so that lookups do not ask LINE every time. */
public interface LineProfileCache {
    Optional<Cached> cachedProfile(OrgId orgId, String provider, String lineUserId);

    void save(OrgId orgId, String provider, LineProfile profile, Instant fetchedAt);

    record Cached(LineProfile profile, Instant fetchedAt) {}
}
