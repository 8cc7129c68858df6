package io.lineengage.adapters.persistence.campaign;

import io.lineengage.adapters.persistence.postgres.TestStorage;
import io.lineengage.application.port.out.campaign.AbstractAggregationUnitUsageTest;
import io.lineengage.application.port.out.campaign.AggregationUnitUsage;
import org.junit.jupiter.api.AfterAll;

class JdbiAggregationUnitUsageTest extends AbstractAggregationUnitUsageTest {
    private static final TestStorage STORAGE = TestStorage.fresh();

    @AfterAll
    static void close() {
        STORAGE.close();
    }

    @Override
    protected AggregationUnitUsage usage() {
        return CampaignPersistenceModule.aggregationUnitUsage(STORAGE.jdbi());
    }
}
