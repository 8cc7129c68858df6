package io.lineengage.application.port.in.org;

import io.lineengage.domain.org.Org;
import io.lineengage.domain.org.OrgId;

public interface GetOrgUseCase {
    /** The org; {@link io.lineengage.domain.error.NotFoundException} when there is none. */
    Org getOrg(OrgId id);
}
