package io.lineengage.application.service.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.application.fake.InMemoryGateways;
import io.lineengage.application.fake.InMemoryLineAccountRepository;
import io.lineengage.application.fake.InMemoryOrgRepository;
import io.lineengage.application.port.in.gateway.GatewaysUseCase.Changes;
import io.lineengage.application.port.in.gateway.GatewaysUseCase.NewGateway;
import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Gateways on fakes: created only on the org's own accounts, changed field by field, paged, deleted. */
class GatewayServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    private final InMemoryOrgRepository orgs = new InMemoryOrgRepository();
    private final InMemoryLineAccountRepository accounts = new InMemoryLineAccountRepository();
    private final InMemoryGateways gateways = new InMemoryGateways();
    private final GatewayService service = new GatewayService(gateways, accounts, Clock.fixed(NOW, ZoneOffset.UTC));
    private final OrgId org = StorageFixtures.org(orgs);
    private final LineAccountId account = StorageFixtures.insertedAccount(accounts, org);

    private Gateway create(int weight) {
        return service.create(
                org, new NewGateway(account, weight, PriorityClass.BULK, Optional.empty(), Optional.empty(), true));
    }

    @Test
    void aGatewayIsOnlyMadeOfTheOrgsOwnAccount() {
        Gateway gateway = create(70);
        assertThat(service.get(org, gateway.id())).isEqualTo(gateway);
        assertThat(gateway.createdAt()).isEqualTo(NOW);
        OrgId other = StorageFixtures.org(orgs);
        assertThatThrownBy(() -> service.create(
                        other,
                        new NewGateway(account, 10, PriorityClass.BULK, Optional.empty(), Optional.empty(), false)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("lineAccountId");
        assertThatThrownBy(() -> service.get(other, gateway.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aChangeSetsWhatItNamesAndClearsAWindowBoundGivenAsEmpty() {
        Gateway gateway = service.create(
                org,
                new NewGateway(
                        account, 70, PriorityClass.BULK, Optional.of(NOW.minusSeconds(60)), Optional.empty(), true));
        Gateway changed = service.change(
                org,
                gateway.id(),
                new Changes(
                        Optional.of(30),
                        Optional.empty(),
                        Optional.of(Optional.empty()),
                        Optional.empty(),
                        Optional.of(false)));
        assertThat(changed.weight()).isEqualTo(30);
        assertThat(changed.priority()).isEqualTo(PriorityClass.BULK);
        assertThat(changed.activeFrom()).isEmpty();
        assertThat(changed.isDefault()).isFalse();
        assertThat(service.get(org, gateway.id())).isEqualTo(changed);
        assertThatThrownBy(() -> service.change(
                        org,
                        GatewayId.generate(),
                        new Changes(
                                Optional.of(1),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void gatewaysArePagedOldestFirstAndDeletedOnce() {
        Gateway first = create(10);
        Gateway second = create(20);
        Gateway third = create(30);
        // Created in the same instant, they are in the repository's order (creation time, then ID).
        List<Gateway> all = service.list(org, PageRequest.first(5)).items();
        assertThat(all).containsExactlyInAnyOrder(first, second, third);
        Page<Gateway> page = service.list(org, PageRequest.first(2));
        assertThat(page.items()).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(service.list(org, new PageRequest(2, page.nextCursor())).items())
                .containsExactly(all.get(2));
        service.delete(org, second.id());
        assertThat(service.list(org, PageRequest.first(5)).items()).containsExactlyInAnyOrder(first, third);
        assertThatThrownBy(() -> service.delete(org, second.id())).isInstanceOf(NotFoundException.class);
    }
}
