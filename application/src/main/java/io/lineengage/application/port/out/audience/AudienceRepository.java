package io.lineengage.application.port.out.audience;

import io.lineengage.domain.audience.Audience;
import io.lineengage.domain.audience.AudienceId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.util.Optional;

/** Saved audiences. */
public interface AudienceRepository {
    void insert(Audience audience);

    Optional<Audience> find(OrgId orgId, AudienceId id);

    /** The org's audiences, oldest first. */
    Page<Audience> list(OrgId orgId, PageRequest page);

    /** False when there is no such audience. */
    boolean update(Audience audience);

    /** False when there is no such audience. */
    boolean delete(OrgId orgId, AudienceId id);
}
