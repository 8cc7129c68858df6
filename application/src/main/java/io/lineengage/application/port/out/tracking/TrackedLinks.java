package io.lineengage.application.port.out.tracking;

import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.tracking.ClickCounts;
import io.lineengage.domain.tracking.TrackedLink;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The links of tracked templates as sent to each recipient, and the clicks on them. */
public interface TrackedLinks {
    /** Stores links before the messages carrying them are sent (a token never points nowhere). */
    void saveAll(List<TrackedLink> links);

    Optional<TrackedLink> find(String token);

    /** One click on {@code link}; every click counts (a second click is a second click). */
    void clicked(TrackedLink link, Instant at);

    /** The clicks on the links {@code sourceId} sent as {@code source}. */
    ClickCounts counts(OrgId orgId, TrackedLink.Source source, String sourceId);
}
