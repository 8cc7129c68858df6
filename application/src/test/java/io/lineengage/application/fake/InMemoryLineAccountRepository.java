package io.lineengage.application.fake;

import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryLineAccountRepository implements LineAccountRepository {
    private final Map<LineAccountId, LineAccount> accounts = new ConcurrentHashMap<>();

    @Override
    public synchronized void insert(LineAccount account) {
        boolean channelTaken = accounts.values().stream()
                .anyMatch(existing -> existing.orgId().equals(account.orgId())
                        && existing.channelId().equals(account.channelId()));
        if (channelTaken || accounts.containsKey(account.id())) {
            throw new ConflictException("the org already has an account for channel " + account.channelId());
        }
        accounts.put(account.id(), account);
    }

    @Override
    public Optional<LineAccount> find(OrgId orgId, LineAccountId id) {
        return Optional.ofNullable(accounts.get(id))
                .filter(account -> account.orgId().equals(orgId));
    }

    @Override
    public Optional<LineAccount> findForWebhook(LineAccountId id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public Page<LineAccount> list(OrgId orgId, PageRequest page) {
        List<LineAccount> all = accounts.values().stream()
                .filter(account -> account.orgId().equals(orgId))
                .sorted(Comparator.comparing(LineAccount::createdAt)
                        .thenComparing(account -> account.id().value()))
                .toList();
        int start = page.cursor().map(cursor -> indexAfter(all, cursor)).orElse(0);
        List<LineAccount> items = all.subList(start, Math.min(all.size(), start + page.limit()));
        boolean more = start + items.size() < all.size();
        return new Page<>(
                items, more ? Optional.of(items.get(items.size() - 1).id().value()) : Optional.empty());
    }

    private static int indexAfter(List<LineAccount> all, String cursor) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().value().equals(cursor)) {
                return i + 1;
            }
        }
        return all.size();
    }

    @Override
    public synchronized boolean update(LineAccount account, long expectedVersion) {
        LineAccount stored = accounts.get(account.id());
        if (stored == null
                || stored.version() != expectedVersion
                || !stored.orgId().equals(account.orgId())) {
            return false;
        }
        accounts.put(account.id(), account);
        return true;
    }
}
