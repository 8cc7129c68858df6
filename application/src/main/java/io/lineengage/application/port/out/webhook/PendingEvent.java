package io.lineengage.application.port.out.webhook;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.webhook.LineEvent;

/** An event stored but not yet processed, with the account and org it came to. */
public record PendingEvent(OrgId orgId, LineAccountId accountId, LineEvent event) {}
