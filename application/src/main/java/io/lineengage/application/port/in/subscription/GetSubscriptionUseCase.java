package io.lineengage.application.port.in.subscription;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.ConsentChange;
import io.lineengage.domain.subscription.StatusChange;
import java.util.List;

public interface GetSubscriptionUseCase {
    SubscriptionView get(OrgId orgId, LineAccountId accountId, String lineUserId);

    History history(OrgId orgId, LineAccountId accountId, String lineUserId);

    /** Every status change and consent decision, oldest first. */
    record History(List<StatusChange> statusChanges, List<ConsentChange> consentChanges) {}
}
