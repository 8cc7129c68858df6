package io.lineengage.application.port.in.gateway;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.time.Instant;
import java.util.Optional;

/** The org's gateways: which LINE accounts carry its messages, in what ratio, when. */
public interface GatewaysUseCase {
    Gateway create(OrgId orgId, NewGateway gateway);

    Gateway get(OrgId orgId, GatewayId id);

    /** The org's gateways, oldest first, a page at a time. */
    Page<Gateway> list(OrgId orgId, PageRequest page);

    Gateway change(OrgId orgId, GatewayId id, Changes changes);

    void delete(OrgId orgId, GatewayId id);

    record NewGateway(
            LineAccountId accountId,
            int weight,
            PriorityClass priority,
            Optional<Instant> activeFrom,
            Optional<Instant> activeUntil,
            boolean isDefault) {}

    /** What a PATCH names; a window bound given as empty is cleared. */
    record Changes(
            Optional<Integer> weight,
            Optional<PriorityClass> priority,
            Optional<Optional<Instant>> activeFrom,
            Optional<Optional<Instant>> activeUntil,
            Optional<Boolean> isDefault) {}
}
