package io.lineengage.application.service.account;

import io.lineengage.application.port.in.account.CheckLineAccountUseCase;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.line.LineMessagingPort;
import io.lineengage.application.port.out.line.LineResult;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.line.BotInfo;
import io.lineengage.domain.line.MessageQuota;
import io.lineengage.domain.org.OrgId;
import java.util.Optional;

public final class CheckLineAccountService implements CheckLineAccountUseCase {
    private final LineAccountRepository accounts;
    private final LineMessagingPort line;

    public CheckLineAccountService(LineAccountRepository accounts, LineMessagingPort line) {
        this.accounts = accounts;
        this.line = line;
    }

    @Override
    public AccountCheck check(OrgId orgId, LineAccountId accountId) {
        LineAccount account = accounts.find(orgId, accountId)
                .orElseThrow(() -> new NotFoundException("LINE account", accountId.value()));
        LineResult<BotInfo> bot = line.botInfo(account.credentials());
        if (bot instanceof LineResult.Failure<BotInfo> failure) {
            return new AccountCheck(
                    false,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(failure.failure().describe()));
        }
        LineResult<MessageQuota> quota = line.quota(account.credentials());
        BotInfo info = ((LineResult.Success<BotInfo>) bot).value();
        if (quota instanceof LineResult.Failure<MessageQuota> failure) {
            return new AccountCheck(
                    false,
                    Optional.of(info),
                    Optional.empty(),
                    Optional.of(failure.failure().describe()));
        }
        return new AccountCheck(
                true,
                Optional.of(info),
                Optional.of(((LineResult.Success<MessageQuota>) quota).value()),
                Optional.empty());
    }
}
