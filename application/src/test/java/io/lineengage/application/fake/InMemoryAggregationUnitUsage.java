package io.lineengage.application.fake;

import io.lineengage.application.port.out.campaign.AggregationUnitUsage;
import io.lineengage.domain.account.LineAccountId;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

public final class InMemoryAggregationUnitUsage implements AggregationUnitUsage {
    private final Map<String, Set<String>> spent = new HashMap<>();

    @Override
    public synchronized boolean spend(LineAccountId account, YearMonth month, String unit, int limit) {
        Set<String> names = spent.computeIfAbsent(account.value() + "|" + month, key -> new HashSet<>());
        if (names.contains(unit)) {
            return true;
        }
        if (names.size() >= limit) {
            return false;
        }
        names.add(unit);
        return true;
    }

    @Override
    public synchronized int spent(LineAccountId account, YearMonth month) {
        return spent.getOrDefault(account.value() + "|" + month, Set.of()).size();
    }
}
