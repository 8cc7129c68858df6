package io.lineengage.application.fake;

import io.lineengage.application.port.out.audience.AudienceRepository;
import io.lineengage.domain.audience.Audience;
import io.lineengage.domain.audience.AudienceId;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryAudiences implements AudienceRepository {
    private final Map<AudienceId, Audience> audiences = new LinkedHashMap<>();

    @Override
    public synchronized void insert(Audience audience) {
        audiences.put(audience.id(), audience);
    }

    @Override
    public synchronized Optional<Audience> find(OrgId orgId, AudienceId id) {
        return Optional.ofNullable(audiences.get(id))
                .filter(audience -> audience.orgId().equals(orgId));
    }

    @Override
    public synchronized Page<Audience> list(OrgId orgId, PageRequest page) {
        List<Audience> all = audiences.values().stream()
                .filter(audience -> audience.orgId().equals(orgId))
                .sorted(Comparator.comparing(Audience::createdAt)
                        .thenComparing(audience -> audience.id().value()))
                .toList();
        int start = 0;
        if (page.cursor().isPresent()) {
            start = all.stream()
                            .map(audience -> audience.id().value())
                            .toList()
                            .indexOf(page.cursor().get())
                    + 1;
            if (start == 0) {
                throw ValidationException.of("cursor", "is not a cursor this list gave out");
            }
        }
        List<Audience> items = all.subList(start, Math.min(all.size(), start + page.limit()));
        boolean more = start + page.limit() < all.size();
        return new Page<>(
                items, more ? Optional.of(items.get(items.size() - 1).id().value()) : Optional.empty());
    }

    @Override
    public synchronized boolean update(Audience audience) {
        return find(audience.orgId(), audience.id()).isPresent() && audiences.put(audience.id(), audience) != null;
    }

    @Override
    public synchronized boolean delete(OrgId orgId, AudienceId id) {
        return find(orgId, id).isPresent() && audiences.remove(id) != null;
    }
}
