package io.lineengage.adapters.persistence.interaction;

import io.lineengage.adapters.persistence.account.AccountPersistenceModule;
import io.lineengage.adapters.persistence.campaign.CampaignPersistenceModule;
import io.lineengage.adapters.persistence.customer.CustomerPersistenceModule;
import io.lineengage.adapters.persistence.identity.IdentityPersistenceModule;
import io.lineengage.adapters.persistence.org.OrgPersistenceModule;
import io.lineengage.adapters.persistence.postgres.TestStorage;
import io.lineengage.adapters.persistence.subscription.SubscriptionPersistenceModule;
import io.lineengage.adapters.persistence.tracking.TrackingPersistenceModule;
import io.lineengage.adapters.persistence.transactional.TransactionalPersistenceModule;
import io.lineengage.adapters.persistence.webhook.WebhookPersistenceModule;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.campaign.TestSendLog;
import io.lineengage.application.port.out.customer.CustomerRepository;
import io.lineengage.application.port.out.identity.LineIdentityRepository;
import io.lineengage.application.port.out.interaction.AbstractInteractionHistoryTest;
import io.lineengage.application.port.out.interaction.InteractionHistory;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.application.port.out.subscription.ConsentStore;
import io.lineengage.application.port.out.subscription.SubscriptionStore;
import io.lineengage.application.port.out.tracking.TrackedLinks;
import io.lineengage.application.port.out.transactional.TransactionalMessages;
import io.lineengage.application.port.out.webhook.InteractionLog;
import org.junit.jupiter.api.AfterAll;

class JdbiInteractionHistoryTest extends AbstractInteractionHistoryTest {
    private static final TestStorage STORAGE = TestStorage.fresh();

    @AfterAll
    static void close() {
        STORAGE.close();
    }

    @Override
    protected OrgRepository orgRepository() {
        return OrgPersistenceModule.orgRepository(STORAGE.jdbi());
    }

    @Override
    protected LineAccountRepository accountRepository() {
        return AccountPersistenceModule.lineAccountRepository(STORAGE.jdbi(), STORAGE.cipher());
    }

    @Override
    protected CustomerRepository customerRepository() {
        return CustomerPersistenceModule.customerRepository(STORAGE.jdbi());
    }

    @Override
    protected LineIdentityRepository identityRepository() {
        return IdentityPersistenceModule.lineIdentityRepository(STORAGE.jdbi());
    }

    @Override
    protected SubscriptionStore subscriptionStore() {
        return SubscriptionPersistenceModule.subscriptionStore(STORAGE.jdbi());
    }

    @Override
    protected ConsentStore consentStore() {
        return SubscriptionPersistenceModule.consentStore(STORAGE.jdbi());
    }

    @Override
    protected InteractionLog interactionLog() {
        return WebhookPersistenceModule.interactionLog(STORAGE.jdbi());
    }

    @Override
    protected TestSendLog testSendLog() {
        return CampaignPersistenceModule.testSendLog(STORAGE.jdbi());
    }

    @Override
    protected TransactionalMessages transactionalMessages() {
        return TransactionalPersistenceModule.transactionalMessages(STORAGE.jdbi());
    }

    @Override
    protected TrackedLinks trackedLinks() {
        return TrackingPersistenceModule.trackedLinks(STORAGE.jdbi());
    }

    @Override
    protected InteractionHistory history() {
        return InteractionPersistenceModule.interactionHistory(STORAGE.jdbi());
    }
}
