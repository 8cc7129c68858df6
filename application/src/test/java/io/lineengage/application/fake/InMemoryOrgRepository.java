package io.lineengage.application.fake;

import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.org.Org;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An {@link OrgRepository} in a map, for fast service tests. Runs the same contract test as the JDBI one. */
public final class InMemoryOrgRepository implements OrgRepository {
    private final Map<OrgId, Org> orgs = new ConcurrentHashMap<>();

    @Override
    public void insert(Org org) {
        if (orgs.putIfAbsent(org.id(), org) != null) {
            throw new ConflictException("org " + org.id() + " exists");
        }
    }

    @Override
    public Page<Org> list(PageRequest page) {
        return NewestFirstInMemory.page(
                orgs.values(), Org::createdAt, org -> org.id().value(), page);
    }

    @Override
    public Optional<Org> findById(OrgId id) {
        return Optional.ofNullable(orgs.get(id));
    }
}
