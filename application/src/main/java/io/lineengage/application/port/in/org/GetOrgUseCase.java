package io.lineengage.application.port.in.org;

import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.org.Org;
import io.lineengage.domain.org.OrgId;

public interface GetOrgUseCase {
    /** The org; {@link NotFoundException} when there is none. */
    Org getOrg(OrgId id);
}
