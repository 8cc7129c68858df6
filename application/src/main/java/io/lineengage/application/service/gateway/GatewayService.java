package io.lineengage.application.service.gateway;

import io.lineengage.application.port.in.gateway.GatewaysUseCase;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.gateway.GatewayRepository;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.time.Clock;
import java.time.Instant;

public final class GatewayService implements GatewaysUseCase {
    private final GatewayRepository gateways;
    private final LineAccountRepository accounts;
    private final Clock clock;

    public GatewayService(GatewayRepository gateways, LineAccountRepository accounts, Clock clock) {
        this.gateways = gateways;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public Gateway create(OrgId orgId, NewGateway draft) {
        if (accounts.find(orgId, draft.accountId()).isEmpty()) {
            throw ValidationException.of("lineAccountId", "is not a LINE account of this org");
        }
        Instant now = clock.instant();
        Gateway gateway = new Gateway(
                GatewayId.generate(),
                orgId,
                draft.accountId(),
                draft.weight(),
                draft.priority(),
                draft.activeFrom(),
                draft.activeUntil(),
                draft.isDefault(),
                now,
                now);
        gateways.insert(gateway);
        return gateway;
    }

    @Override
    public Gateway get(OrgId orgId, GatewayId id) {
        return gateways.find(orgId, id).orElseThrow(() -> new NotFoundException("gateway", id.value()));
    }

    @Override
    public Page<Gateway> list(OrgId orgId, PageRequest page) {
        // A handful per org: read whole, cut in memory.
        return Page.of(gateways.all(orgId), page, gateway -> gateway.id().value());
    }

    @Override
    public Gateway change(OrgId orgId, GatewayId id, Changes changes) {
        Gateway current = get(orgId, id);
        Gateway changed = new Gateway(
                id,
                orgId,
                current.accountId(),
                changes.weight().orElse(current.weight()),
                changes.priority().orElse(current.priority()),
                changes.activeFrom().orElse(current.activeFrom()),
                changes.activeUntil().orElse(current.activeUntil()),
                changes.isDefault().orElse(current.isDefault()),
                current.createdAt(),
                clock.instant());
        if (!gateways.update(changed)) {
            throw new NotFoundException("gateway", id.value());
        }
        return changed;
    }

    @Override
    public void delete(OrgId orgId, GatewayId id) {
        if (!gateways.delete(orgId, id)) {
            throw new NotFoundException("gateway", id.value());
        }
    }
}
