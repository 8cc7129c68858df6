package io.lineengage.application.port.in.account;

import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.org.OrgId;
import java.util.Objects;

/** Changes to an account's name, provider name, credentials or status. */
public record UpdateLineAccountCommand(OrgId orgId, LineAccountId accountId, LineAccount.Changes changes) {
    public UpdateLineAccountCommand {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(changes, "changes");
        FieldErrors errors = new FieldErrors();
        changes.name().ifPresent(name -> errors.requireText(name, "name", LineAccount.NAME_MAX_LENGTH));
        changes.providerName().ifPresent(name -> errors.requireText(name, "providerName", LineAccount.NAME_MAX_LENGTH));
        changes.channelSecret().ifPresent(secret -> errors.requireText(secret, "channelSecret", 200));
        changes.accessToken()
                .flatMap(token -> token)
                .ifPresent(token -> errors.check(
                        token.isBlank() || token.length() > 2_000, "accessToken", "must be 1 to 2000 characters"));
        errors.throwIfAny();
    }
}
