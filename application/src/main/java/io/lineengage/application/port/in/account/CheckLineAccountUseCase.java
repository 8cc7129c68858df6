package io.lineengage.application.port.in.account;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.line.BotInfo;
import io.lineengage.domain.line.MessageQuota;
import io.lineengage.domain.org.OrgId;
import java.util.Optional;

public interface CheckLineAccountUseCase {
    /** Asks LINE (bot info, quota) whether the account's credentials work. */
    AccountCheck check(OrgId orgId, LineAccountId accountId);

    /** What LINE said: the bot and its quota when the credentials work, LINE's reason when they do not. */
    record AccountCheck(boolean ok, Optional<BotInfo> bot, Optional<MessageQuota> quota, Optional<String> error) {}
}
