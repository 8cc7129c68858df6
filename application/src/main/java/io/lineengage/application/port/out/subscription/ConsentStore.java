package io.lineengage.application.port.out.subscription;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.ConsentChange;
import io.lineengage.domain.subscription.Consents;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Explicit consent decisions per (LINE account, LINE user, category), with their history. */
public interface ConsentStore {
    Consents consents(OrgId orgId, LineAccountId accountId, String lineUserId);

    /** {@link #consents} for several users of one account in one read; every user asked for is in the answer. */
    Map<String, Consents> consentsOf(OrgId orgId, LineAccountId accountId, Collection<String> lineUserIds);

    /** Stores the decision (it replaces the last one) and appends it to the history. */
    void change(ConsentChange change);

    /** Every decision, oldest first. */
    List<ConsentChange> history(OrgId orgId, LineAccountId accountId, String lineUserId);
}
