package io.lineengage.application.service.webhook;

import io.lineengage.application.port.in.webhook.WebhookAccountsUseCase;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.domain.account.LineAccountId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Channel secrets for webhook checks, kept for a short while: LINE sends thousands of webhooks a second, each would
 * otherwise read the account (and decrypt its secret) again.
 */
public final class WebhookAccountsService implements WebhookAccountsUseCase {
    private final LineAccountRepository accounts;
    private final Clock clock;
    private final Duration keepFor;
    private final Map<LineAccountId, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(WebhookAccount account, Instant until) {}

    public WebhookAccountsService(LineAccountRepository accounts, Clock clock, Duration keepFor) {
        this.accounts = accounts;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    @Override
    public Optional<WebhookAccount> forWebhook(LineAccountId id, boolean fresh) {
        Instant now = clock.instant();
        Cached cached = cache.get(id);
        if (!fresh && cached != null && now.isBefore(cached.until())) {
            return Optional.of(cached.account());
        }
        Optional<WebhookAccount> loaded = accounts.findForWebhook(id)
                .map(account -> new WebhookAccount(account.orgId(), account.id(), account.channelSecret()));
        loaded.ifPresentOrElse(
                account -> cache.put(id, new Cached(account, now.plus(keepFor))), () -> cache.remove(id));
        return loaded;
    }
}
