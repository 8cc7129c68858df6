package io.lineengage.application.port.out.org;

import io.lineengage.domain.org.Org;
import io.lineengage.domain.org.OrgId;
import java.util.Optional;

/** Stores and loads orgs. */
public interface OrgRepository {
    void insert(Org org);

    Optional<Org> findById(OrgId id);

    /** Every org, newest first. */
    io.lineengage.domain.paging.Page<Org> list(io.lineengage.domain.paging.PageRequest page);
}
