package io.lineengage.application.port.out.campaign;

import io.lineengage.application.fake.InMemoryAggregationUnitUsage;

class InMemoryAggregationUnitUsageTest extends AbstractAggregationUnitUsageTest {
    private final AggregationUnitUsage usage = new InMemoryAggregationUnitUsage();

    @Override
    protected AggregationUnitUsage usage() {
        return usage;
    }
}
