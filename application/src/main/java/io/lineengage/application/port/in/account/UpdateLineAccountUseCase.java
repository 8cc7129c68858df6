package io.lineengage.application.port.in.account;

import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;

public interface UpdateLineAccountUseCase {
    LineAccount update(UpdateLineAccountCommand command);

    /** Stops sending through the account; its webhooks keep its subscriptions live. */
    LineAccount disable(OrgId orgId, LineAccountId accountId);
}
