package io.lineengage.application.service.account;

import io.lineengage.application.port.in.account.RegisterLineAccountCommand;
import io.lineengage.application.port.in.account.RegisterLineAccountUseCase;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.domain.account.AccountStatus;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.account.LineAccountId;
import java.time.Clock;
import java.time.Instant;

public final class RegisterLineAccountService implements RegisterLineAccountUseCase {
    private final LineAccountRepository accounts;
    private final Clock clock;

    public RegisterLineAccountService(LineAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public LineAccount register(RegisterLineAccountCommand command) {
        Instant now = clock.instant();
        LineAccount account = new LineAccount(
                LineAccountId.generate(),
                command.orgId(),
                command.name(),
                command.providerName(),
                command.channelId(),
                command.channelSecret(),
                command.accessToken(),
                AccountStatus.ACTIVE,
                now,
                now,
                1);
        accounts.insert(account);
        return account;
    }
}
