package io.lineengage.application.port.out.account;

import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores LINE accounts. Implementations keep the channel secret and access token encrypted. */
public interface LineAccountRepository {
    /** {@link ConflictException} when the org already has an account for the channel. */
    void insert(LineAccount account);

    Optional<LineAccount> find(OrgId orgId, LineAccountId id);

    /** The account whatever its org: webhooks name only the account. */
    Optional<LineAccount> findForWebhook(LineAccountId id);

    /** The org's accounts, oldest first. */
    Page<LineAccount> list(OrgId orgId, PageRequest page);

    /** All the org's accounts, oldest first (an org has a handful). */
    default List<LineAccount> all(OrgId orgId) {
        List<LineAccount> all = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<LineAccount> page = list(orgId, request);
            all.addAll(page.items());
            if (page.nextCursor().isEmpty()) {
                return all;
            }
            request = new PageRequest(PageRequest.MAX_LIMIT, page.nextCursor());
        }
    }

    /** The provider of each of the org's accounts: LINE user IDs are per provider. */
    default Map<LineAccountId, String> providers(OrgId orgId) {
        Map<LineAccountId, String> providers = new HashMap<>();
        all(orgId).forEach(account -> providers.put(account.id(), account.providerName()));
        return providers;
    }

    /** Stores {@code account} if the stored one is still at {@code expectedVersion}; false when someone was faster. */
    boolean update(LineAccount account, long expectedVersion);
}
