package io.lineengage.application.service.org;

import io.lineengage.application.port.in.org.GetOrgUseCase;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.org.Org;
import io.lineengage.domain.org.OrgId;

public final class GetOrgService implements GetOrgUseCase {
    private final OrgRepository orgs;

    public GetOrgService(OrgRepository orgs) {
        this.orgs = orgs;
    }

    @Override
    public Org getOrg(OrgId id) {
        return orgs.findById(id).orElseThrow(() -> new NotFoundException("org", id.value()));
    }
}
