package io.lineengage.application.fake;

import io.lineengage.application.port.out.tracking.TrackedLinks;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.tracking.ClickCounts;
import io.lineengage.domain.tracking.TrackedLink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public final class InMemoryTrackedLinks implements TrackedLinks {
    private final Map<String, TrackedLink> links = new HashMap<>();
    private final List<Click> clicks = new ArrayList<>();

    /** One click as stored. */
    public record Click(TrackedLink link, Instant at) {}

    @Override
    public synchronized void saveAll(List<TrackedLink> saved) {
        saved.forEach(link -> links.put(link.token(), link));
    }

    @Override
    public synchronized Optional<TrackedLink> find(String token) {
        return Optional.ofNullable(links.get(token));
    }

    @Override
    public synchronized void clicked(TrackedLink link, Instant at) {
        clicks.add(new Click(link, at));
    }

    @Override
    public synchronized ClickCounts counts(OrgId orgId, TrackedLink.Source source, String sourceId) {
        Map<String, Long> byUrl = new HashMap<>();
        Set<CustomerId> clickers = new HashSet<>();
        for (Click click : clicks) {
            TrackedLink link = click.link();
            if (link.orgId().equals(orgId)
                    && link.source() == source
                    && link.sourceId().equals(sourceId)) {
                byUrl.merge(link.url(), 1L, Long::sum);
                clickers.add(link.customerId());
            }
        }
        return new ClickCounts(
                byUrl.values().stream().mapToLong(Long::longValue).sum(), clickers.size(), byUrl);
    }

    public synchronized List<Click> clicks() {
        return List.copyOf(clicks);
    }
}
