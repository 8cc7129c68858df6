package io.lineengage.application.port.out.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link GatewayRepository}. */
public abstract class AbstractGatewayRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-26T00:00:00.123456Z");

    protected abstract OrgRepository orgRepository();

    protected abstract LineAccountRepository accountRepository();

    protected abstract GatewayRepository repository();

    private GatewayRepository gateways;
    private OrgId org;
    private LineAccountId account;

    @BeforeEach
    void account() {
        gateways = repository();
        org = StorageFixtures.org(orgRepository());
        account = StorageFixtures.insertedAccount(accountRepository(), org);
    }

    private Gateway gateway(int weight, Instant at) {
        return new Gateway(
                GatewayId.generate(),
                org,
                account,
                weight,
                PriorityClass.BULK,
                Optional.of(T0),
                Optional.of(T0.plusSeconds(3600)),
                true,
                at,
                at);
    }

    @Test
    void storesFindsAndListsOldestFirst() {
        Gateway second = gateway(30, T0.plusSeconds(1));
        Gateway first = gateway(70, T0);
        gateways.insert(second);
        gateways.insert(first);

        assertThat(gateways.find(org, first.id())).contains(first);
        assertThat(gateways.find(StorageFixtures.org(orgRepository()), first.id()))
                .isEmpty();
        assertThat(gateways.all(org)).containsExactly(first, second);
    }

    @Test
    void updatesAndDeletesOnlyWhatExists() {
        Gateway gateway = gateway(70, T0);
        gateways.insert(gateway);
        Gateway changed = new Gateway(
                gateway.id(),
                org,
                account,
                5,
                PriorityClass.TRANSACTIONAL,
                Optional.empty(),
                Optional.empty(),
                false,
                T0,
                T0.plusSeconds(9));

        assertThat(gateways.update(changed)).isTrue();
        assertThat(gateways.find(org, gateway.id())).contains(changed);
        assertThat(gateways.update(gateway(1, T0))).isFalse();
        assertThat(gateways.delete(org, gateway.id())).isTrue();
        assertThat(gateways.all(org)).isEmpty();
        assertThat(gateways.delete(org, gateway.id())).isFalse();
    }
}
