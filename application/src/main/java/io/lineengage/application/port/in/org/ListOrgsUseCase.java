package io.lineengage.application.port.in.org;

import io.lineengage.domain.org.Org;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;

/** Every org, newest first (the admin's view). */
public interface ListOrgsUseCase {
    Page<Org> listOrgs(PageRequest page);
}
