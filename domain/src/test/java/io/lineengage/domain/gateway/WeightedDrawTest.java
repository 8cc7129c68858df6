package io.lineengage.domain.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WeightedDrawTest {
    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    private final Gateway tokyo = gateway("gw_tokyo", "acc_tokyo", 70);
    private final Gateway osaka = gateway("gw_osaka", "acc_osaka", 30);

    private static Gateway gateway(String id, String account, int weight) {
        return new Gateway(
                new GatewayId(id),
                new OrgId("org_1"),
                new LineAccountId(account),
                weight,
                PriorityClass.TRANSACTIONAL,
                Optional.empty(),
                Optional.empty(),
                true,
                T0,
                T0);
    }

    @Test
    void drawsInTheWeightRatioOverManyMessages() {
        WeightedDraw draw = new WeightedDraw(List.of(tokyo, osaka), new SplittableRandom(7));
        Map<GatewayId, Integer> counts = new HashMap<>();
        Set<LineAccountId> both = Set.of(tokyo.accountId(), osaka.accountId());
        for (int i = 0; i < 20_000; i++) {
            Gateway chosen = draw.peek(both).orElseThrow();
            draw.take(chosen);
            counts.merge(chosen.id(), 1, Integer::sum);
        }
        // 20,000 draws at p = 0.7: one standard deviation is about 65 draws; 400 is more than six of them.
        assertThat(counts.get(tokyo.id())).isBetween(14_000 - 400, 14_000 + 400);
        assertThat(counts.get(tokyo.id()) + counts.get(osaka.id())).isEqualTo(20_000);
    }

    @Test
    void onlyGatewaysThatReachTheRecipientAreDrawn() {
        WeightedDraw draw = new WeightedDraw(List.of(tokyo, osaka), new SplittableRandom(11));
        for (int i = 0; i < 200; i++) {
            assertThat(draw.peek(Set.of(osaka.accountId()))).contains(osaka);
        }
        assertThat(draw.peek(Set.of(new LineAccountId("acc_elsewhere")))).isEmpty();
        assertThat(draw.peek(Set.of())).isEmpty();
    }
}
