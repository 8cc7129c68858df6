package io.lineengage.application.port.out.webhook;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.interaction.Interaction;
import io.lineengage.domain.org.OrgId;
import java.util.List;

/** What LINE users did: messages, postbacks, account links. */
public interface InteractionLog {
    /** Records each interaction once (by its event ID). */
    void record(List<Interaction> interactions);

    /** The user's latest interactions with the account, newest first. */
    List<Interaction> recent(OrgId orgId, LineAccountId accountId, String lineUserId, int limit);
}
