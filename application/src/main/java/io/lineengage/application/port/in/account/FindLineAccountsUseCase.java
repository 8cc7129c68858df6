package io.lineengage.application.port.in.account;

import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;

public interface FindLineAccountsUseCase {
    /** The org's account; {@link NotFoundException} otherwise. */
    LineAccount get(OrgId orgId, LineAccountId id);

    Page<LineAccount> list(OrgId orgId, PageRequest page);
}
