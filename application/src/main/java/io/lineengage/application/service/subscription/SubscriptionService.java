package io.lineengage.application.service.subscription;

import io.lineengage.application.port.in.subscription.ChangeConsentCommand;
import io.lineengage.application.port.in.subscription.ChangeConsentUseCase;
import io.lineengage.application.port.in.subscription.GetSubscriptionUseCase;
import io.lineengage.application.port.in.subscription.LineUserIds;
import io.lineengage.application.port.in.subscription.SubscriptionView;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.subscription.ConsentStore;
import io.lineengage.application.port.out.subscription.SubscriptionStore;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.ConsentChange;
import io.lineengage.domain.subscription.Subscription;
import java.time.Clock;

/** Reads a user's subscription and consents with an account, and records consent decisions. */
public final class SubscriptionService implements GetSubscriptionUseCase, ChangeConsentUseCase {
    private final LineAccountRepository accounts;
    private final SubscriptionStore subscriptions;
    private final ConsentStore consents;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public SubscriptionService(
            LineAccountRepository accounts,
            SubscriptionStore subscriptions,
            ConsentStore consents,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.accounts = accounts;
        this.subscriptions = subscriptions;
        this.consents = consents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public SubscriptionView get(OrgId orgId, LineAccountId accountId, String lineUserId) {
        requireAccount(orgId, accountId);
        FieldErrors errors = new FieldErrors();
        LineUserIds.check(lineUserId, "lineUserId", errors);
        errors.throwIfAny();
        Subscription subscription = subscriptions.find(orgId, accountId, lineUserId);
        return new SubscriptionView(
                subscription.status(),
                subscription.since(),
                consents.consents(orgId, accountId, lineUserId).effective(subscription.status()));
    }

    @Override
    public History history(OrgId orgId, LineAccountId accountId, String lineUserId) {
        requireAccount(orgId, accountId);
        return new History(
                subscriptions.history(orgId, accountId, lineUserId), consents.history(orgId, accountId, lineUserId));
    }

    @Override
    public SubscriptionView change(ChangeConsentCommand command) {
        requireAccount(command.orgId(), command.accountId());
        unitOfWork.run(() -> consents.change(new ConsentChange(
                command.orgId(),
                command.accountId(),
                command.lineUserId(),
                command.category(),
                command.optedIn(),
                command.source(),
                clock.instant())));
        return get(command.orgId(), command.accountId(), command.lineUserId());
    }

    private void requireAccount(OrgId orgId, LineAccountId accountId) {
        if (accounts.find(orgId, accountId).isEmpty()) {
            throw new NotFoundException("LINE account", accountId.value());
        }
    }
}
