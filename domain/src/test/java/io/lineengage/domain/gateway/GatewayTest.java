package io.lineengage.domain.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GatewayTest {
    static final Instant T0 = Instant.parse("2026-11-26T00:00:00Z");

    static Gateway gateway(int weight, Optional<Instant> from, Optional<Instant> until) {
        return new Gateway(
                GatewayId.generate(),
                new OrgId("org_1"),
                new LineAccountId("acc_1"),
                weight,
                PriorityClass.BULK,
                from,
                until,
                false,
                T0,
                T0);
    }

    @Test
    void weightIsFromOneToAHundred() {
        assertThat(gateway(1, Optional.empty(), Optional.empty()).weight()).isEqualTo(1);
        assertThat(gateway(100, Optional.empty(), Optional.empty()).weight()).isEqualTo(100);
        assertThatThrownBy(() -> gateway(0, Optional.empty(), Optional.empty()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("weight");
        assertThatThrownBy(() -> gateway(101, Optional.empty(), Optional.empty()))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void theWindowIncludesItsStartAndExcludesItsEnd() {
        Gateway windowed = gateway(10, Optional.of(T0), Optional.of(T0.plusSeconds(60)));
        assertThat(windowed.isActiveAt(T0.minusNanos(1000))).isFalse();
        assertThat(windowed.isActiveAt(T0)).isTrue();
        assertThat(windowed.isActiveAt(T0.plusSeconds(59))).isTrue();
        assertThat(windowed.isActiveAt(T0.plusSeconds(60))).isFalse();
        assertThat(gateway(10, Optional.empty(), Optional.empty()).isActiveAt(T0))
                .isTrue();
        assertThatThrownBy(() -> gateway(10, Optional.of(T0), Optional.of(T0)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("activeUntil");
    }

    @Test
    void seventyThirtyOverTenThousandIsExact() {
        Gateway a = new Gateway(
                new GatewayId("gw_a"),
                new OrgId("org_1"),
                new LineAccountId("acc_a"),
                70,
                PriorityClass.BULK,
                Optional.empty(),
                Optional.empty(),
                true,
                T0,
                T0);
        Gateway b = new Gateway(
                new GatewayId("gw_b"),
                new OrgId("org_1"),
                new LineAccountId("acc_b"),
                30,
                PriorityClass.BULK,
                Optional.empty(),
                Optional.empty(),
                true,
                T0,
                T0);
        GatewayAllocator allocator = new GatewayAllocator(List.of(a, b));
        int toA = 0;
        for (int i = 0; i < 10_000; i++) {
            if (allocator
                    .next(Set.of(a.accountId(), b.accountId()))
                    .orElseThrow()
                    .equals(a)) {
                toA++;
            }
        }
        assertThat(toA).isEqualTo(7_000);
    }
}
