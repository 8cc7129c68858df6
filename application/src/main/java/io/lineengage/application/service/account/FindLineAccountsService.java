package io.lineengage.application.service.account;

import io.lineengage.application.port.in.account.FindLineAccountsUseCase;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;

public final class FindLineAccountsService implements FindLineAccountsUseCase {
    private final LineAccountRepository accounts;

    public FindLineAccountsService(LineAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public LineAccount get(OrgId orgId, LineAccountId id) {
        return accounts.find(orgId, id).orElseThrow(() -> new NotFoundException("LINE account", id.value()));
    }

    @Override
    public Page<LineAccount> list(OrgId orgId, PageRequest page) {
        return accounts.list(orgId, page);
    }
}
