package io.lineengage.application.port.out.campaign;

import io.lineengage.application.fake.InMemoryCampaigns;
import io.lineengage.application.fake.InMemoryLineAccountRepository;
import io.lineengage.application.fake.InMemoryOrgRepository;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.org.OrgRepository;

class InMemoryCampaignStorageTest extends AbstractCampaignStorageTest {
    private final InMemoryOrgRepository orgs = new InMemoryOrgRepository();
    private final InMemoryLineAccountRepository accounts = new InMemoryLineAccountRepository();
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns();

    @Override
    protected OrgRepository orgRepository() {
        return orgs;
    }

    @Override
    protected LineAccountRepository accountRepository() {
        return accounts;
    }

    @Override
    protected CampaignRepository campaigns() {
        return campaigns;
    }

    @Override
    protected DeliveryLedger ledger() {
        return campaigns;
    }

    @Override
    protected LedgerMonths ledgerMonths() {
        return campaigns;
    }

    @Override
    protected CampaignFreezes freezes() {
        return campaigns;
    }
}
