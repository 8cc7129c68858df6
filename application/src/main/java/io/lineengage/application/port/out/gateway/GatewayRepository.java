package io.lineengage.application.port.out.gateway;

import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.org.OrgId;
import java.util.List;
import java.util.Optional;

/** The org's gateways (a handful per org, so they are listed whole). */
public interface GatewayRepository {
    void insert(Gateway gateway);

    Optional<Gateway> find(OrgId orgId, GatewayId id);

    /** All the org's gateways, oldest first. */
    List<Gateway> all(OrgId orgId);

    /** False when there is no such gateway. */
    boolean update(Gateway gateway);

    /** False when there is no such gateway. */
    boolean delete(OrgId orgId, GatewayId id);
}
