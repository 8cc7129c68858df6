package io.lineengage.adapters.persistence.campaign;

import dagger.Module;
import dagger.Provides;
import io.lineengage.application.port.out.campaign.AggregationUnitUsage;
import io.lineengage.application.port.out.campaign.CampaignFreezes;
import io.lineengage.application.port.out.campaign.CampaignRepository;
import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.application.port.out.campaign.LedgerMonths;
import io.lineengage.application.port.out.campaign.TestSendLog;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** Campaigns, their delivery ledger, and their test sends. */
@Module
public final class CampaignPersistenceModule {
    private CampaignPersistenceModule() {}

    @Provides
    @Singleton
    public static CampaignRepository campaignRepository(Jdbi jdbi) {
        return new JdbiCampaigns(jdbi);
    }

    @Provides
    @Singleton
    public static CampaignFreezes campaignFreezes(Jdbi jdbi) {
        return new JdbiCampaignFreezes(jdbi);
    }

    @Provides
    @Singleton
    public static DeliveryLedger deliveryLedger(Jdbi jdbi) {
        return new JdbiDeliveryLedger(jdbi);
    }

    @Provides
    @Singleton
    public static LedgerMonths ledgerMonths(Jdbi jdbi) {
        return new JdbiLedgerMonths(jdbi);
    }

    @Provides
    @Singleton
    public static TestSendLog testSendLog(Jdbi jdbi) {
        return new JdbiTestSendLog(jdbi);
    }

    @Provides
    @Singleton
    public static AggregationUnitUsage aggregationUnitUsage(Jdbi jdbi) {
        return new JdbiAggregationUnitUsage(jdbi);
    }
}
