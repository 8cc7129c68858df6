package io.lineengage.application.service.account;

import io.lineengage.application.port.in.account.UpdateLineAccountCommand;
import io.lineengage.application.port.in.account.UpdateLineAccountUseCase;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.domain.account.AccountStatus;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.org.OrgId;
import java.time.Clock;
import java.util.Optional;

public final class UpdateLineAccountService implements UpdateLineAccountUseCase {
    private static final int ATTEMPTS = 3;
    private final LineAccountRepository accounts;
    private final Clock clock;

    public UpdateLineAccountService(LineAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Field changes replace values, so re-applying them to a fresher version after a race is still right. */
    @Override
    public LineAccount update(UpdateLineAccountCommand command) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            LineAccount current = accounts.find(command.orgId(), command.accountId())
                    .orElseThrow(() -> new NotFoundException(
                            "LINE account", command.accountId().value()));
            LineAccount changed = current.changed(command.changes(), clock.instant());
            if (accounts.update(changed, current.version())) {
                return changed;
            }
        }
        throw new ConflictException("LINE account " + command.accountId() + " kept changing; try again");
    }

    @Override
    public LineAccount disable(OrgId orgId, LineAccountId accountId) {
        return update(new UpdateLineAccountCommand(
                orgId,
                accountId,
                new LineAccount.Changes(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(AccountStatus.DISABLED))));
    }
}
