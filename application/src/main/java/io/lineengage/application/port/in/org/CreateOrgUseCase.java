package io.lineengage.application.port.in.org;

import io.lineengage.domain.org.Org;

public interface CreateOrgUseCase {
    Org createOrg(CreateOrgCommand command);
}
