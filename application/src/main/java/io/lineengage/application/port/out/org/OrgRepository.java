package io.lineengage.application.port.out.org;

import io.lineengage.domain.org.Org;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.util.Optional;

/** Stores and loads orgs. */
public interface OrgRepository {
    void insert(Org org);

    Optional<Org> findById(OrgId id);

    /** Every org, newest first. */
    Page<Org> list(PageRequest page);
}
