package io.lineengage.application.fake;

import io.lineengage.application.port.out.subscription.ConsentStore;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.ConsentChange;
import io.lineengage.domain.subscription.Consents;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class InMemoryConsentStore implements ConsentStore {
    private final List<ConsentChange> changes = new ArrayList<>();

    @Override
    public synchronized Consents consents(OrgId orgId, LineAccountId accountId, String lineUserId) {
        Consents consents = Consents.NONE;
        for (ConsentChange change : history(orgId, accountId, lineUserId)) {
            consents = consents.with(change.category(), change.optedIn());
        }
        return consents;
    }

    @Override
    public synchronized Map<String, Consents> consentsOf(
            OrgId orgId, LineAccountId accountId, Collection<String> lineUserIds) {
        Map<String, Consents> found = new HashMap<>();
        lineUserIds.forEach(user -> found.put(user, consents(orgId, accountId, user)));
        return found;
    }

    @Override
    public synchronized void change(ConsentChange change) {
        changes.add(change);
    }

    @Override
    public synchronized List<ConsentChange> history(OrgId orgId, LineAccountId accountId, String lineUserId) {
        return changes.stream()
                .filter(change -> change.orgId().equals(orgId)
                        && change.accountId().equals(accountId)
                        && change.lineUserId().equals(lineUserId))
                .toList();
    }
}
