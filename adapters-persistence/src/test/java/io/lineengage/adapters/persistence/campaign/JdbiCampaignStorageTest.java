package io.lineengage.adapters.persistence.campaign;

import io.lineengage.adapters.persistence.account.AccountPersistenceModule;
import io.lineengage.adapters.persistence.org.OrgPersistenceModule;
import io.lineengage.adapters.persistence.postgres.TestStorage;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.campaign.AbstractCampaignStorageTest;
import io.lineengage.application.port.out.campaign.CampaignFreezes;
import io.lineengage.application.port.out.campaign.CampaignRepository;
import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.application.port.out.campaign.LedgerMonths;
import io.lineengage.application.port.out.org.OrgRepository;
import org.junit.jupiter.api.AfterAll;

class JdbiCampaignStorageTest extends AbstractCampaignStorageTest {
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
    protected CampaignRepository campaigns() {
        return CampaignPersistenceModule.campaignRepository(STORAGE.jdbi());
    }

    @Override
    protected DeliveryLedger ledger() {
        return CampaignPersistenceModule.deliveryLedger(STORAGE.jdbi());
    }

    @Override
    protected LedgerMonths ledgerMonths() {
        return CampaignPersistenceModule.ledgerMonths(STORAGE.jdbi());
    }

    @Override
    protected CampaignFreezes freezes() {
        return CampaignPersistenceModule.campaignFreezes(STORAGE.jdbi());
    }
}
