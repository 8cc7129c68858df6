package io.lineengage.application.service.org;

import io.lineengage.application.port.in.org.ListOrgsUseCase;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.org.Org;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;

public final class ListOrgsService implements ListOrgsUseCase {
    private final OrgRepository orgs;

    public ListOrgsService(OrgRepository orgs) {
        this.orgs = orgs;
    }

    @Override
    public Page<Org> listOrgs(PageRequest page) {
        return orgs.list(page);
    }
}
