package io.lineengage.application.fake;

import io.lineengage.application.port.out.gateway.GatewayRepository;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.org.OrgId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryGateways implements GatewayRepository {
    private final Map<GatewayId, Gateway> gateways = new LinkedHashMap<>();

    @Override
    public synchronized void insert(Gateway gateway) {
        gateways.put(gateway.id(), gateway);
    }

    @Override
    public synchronized Optional<Gateway> find(OrgId orgId, GatewayId id) {
        return Optional.ofNullable(gateways.get(id))
                .filter(gateway -> gateway.orgId().equals(orgId));
    }

    @Override
    public synchronized List<Gateway> all(OrgId orgId) {
        return gateways.values().stream()
                .filter(gateway -> gateway.orgId().equals(orgId))
                .sorted(Comparator.comparing(Gateway::createdAt).thenComparing(Gateway::id))
                .toList();
    }

    @Override
    public synchronized boolean update(Gateway gateway) {
        return find(gateway.orgId(), gateway.id()).isPresent() && gateways.put(gateway.id(), gateway) != null;
    }

    @Override
    public synchronized boolean delete(OrgId orgId, GatewayId id) {
        return find(orgId, id).isPresent() && gateways.remove(id) != null;
    }
}
