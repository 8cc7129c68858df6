package io.lineengage.domain.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class GatewayAllocatorProperties {
    static final Instant T0 = Instant.parse("2026-11-26T00:00:00Z");

    static List<Gateway> gateways(List<Integer> weights) {
        List<Gateway> gateways = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            gateways.add(new Gateway(
                    new GatewayId("gw_" + i),
                    new OrgId("org_1"),
                    new LineAccountId("acc_" + i),
                    weights.get(i),
                    PriorityClass.BULK,
                    Optional.empty(),
                    Optional.empty(),
                    true,
                    T0,
                    T0));
        }
        return gateways;
    }

    static Set<LineAccountId> all(List<Gateway> gateways) {
        Set<LineAccountId> accounts = new HashSet<>();
        gateways.forEach(gateway -> accounts.add(gateway.accountId()));
        return accounts;
    }

    @Property(tries = 1_000)
    void whenEveryoneFollowsEveryAccountEachGatewayIsWithinOneOfItsShareAtEveryStep(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 100) Integer> weights,
            @ForAll @IntRange(min = 0, max = 3_000) int recipients) {
        List<Gateway> gateways = gateways(weights);
        long total = weights.stream().mapToLong(Integer::longValue).sum();
        GatewayAllocator allocator = new GatewayAllocator(gateways);
        Map<GatewayId, Long> counts = new HashMap<>();
        Set<LineAccountId> everything = all(gateways);
        for (int n = 1; n <= recipients; n++) {
            Gateway chosen = allocator.next(everything).orElseThrow();
            counts.merge(chosen.id(), 1L, Long::sum);
            for (Gateway gateway : gateways) {
                long count = counts.getOrDefault(gateway.id(), 0L);
                // |count - n * w / W| < 1, in whole numbers.
                assertThat(Math.abs(count * total - (long) n * gateway.weight()))
                        .as("after %d", n)
                        .isLessThan(total);
            }
        }
    }

    @Property(tries = 300)
    void anAllocationResumedFromItsCountsChoosesAsTheUninterruptedOneWould(
            @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 1, max = 100) Integer> weights,
            @ForAll @IntRange(min = 0, max = 500) int before,
            @ForAll long seed) {
        List<Gateway> gateways = gateways(weights);
        Random random = new Random(seed);
        List<Set<LineAccountId>> followed = new ArrayList<>();
        for (int i = 0; i < before + 300; i++) {
            Set<LineAccountId> accounts = new HashSet<>();
            for (Gateway gateway : gateways) {
                if (random.nextInt(4) > 0) {
                    accounts.add(gateway.accountId());
                }
            }
            followed.add(accounts);
        }
        GatewayAllocator uninterrupted = new GatewayAllocator(gateways);
        GatewayAllocator first = new GatewayAllocator(gateways);
        Map<GatewayId, Long> given = new HashMap<>();
        List<Optional<Gateway>> expected = new ArrayList<>();
        List<Optional<Gateway>> resumed = new ArrayList<>();
        for (int i = 0; i < followed.size(); i++) {
            expected.add(uninterrupted.next(followed.get(i)));
            if (i < before) {
                first.next(followed.get(i)).ifPresent(gateway -> given.merge(gateway.id(), 1L, Long::sum));
            }
        }
        // A freeze cut short after `before` recipients: a new allocator is given the counts the ledger kept.
        GatewayAllocator afterRestart = new GatewayAllocator(gateways, given);
        for (int i = before; i < followed.size(); i++) {
            resumed.add(afterRestart.next(followed.get(i)));
        }

        assertThat(resumed).isEqualTo(expected.subList(before, followed.size()));
    }

    @Property(tries = 200)
    void nobodyGoesThroughAnAccountTheyDoNotFollowAndTheSameInputsGiveTheSameGateways(
            @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 1, max = 100) Integer> weights, @ForAll long seed) {
        List<Gateway> gateways = gateways(weights);
        Random random = new Random(seed);
        List<Set<LineAccountId>> followed = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Set<LineAccountId> accounts = new HashSet<>();
            for (Gateway gateway : gateways) {
                if (random.nextInt(3) > 0) {
                    accounts.add(gateway.accountId());
                }
            }
            followed.add(accounts);
        }
        GatewayAllocator first = new GatewayAllocator(gateways);
        List<Gateway> reversed = new ArrayList<>(gateways);
        Collections.reverse(reversed);
        GatewayAllocator second = new GatewayAllocator(reversed);
        for (Set<LineAccountId> accounts : followed) {
            Optional<Gateway> peeked = first.peek(accounts);
            assertThat(first.peek(accounts)).as("a peek takes nothing").isEqualTo(peeked);
            Optional<Gateway> chosen = first.next(accounts);
            assertThat(chosen).isEqualTo(peeked);
            assertThat(second.next(accounts)).isEqualTo(chosen);
            assertThat(chosen.isPresent()).isEqualTo(!accounts.isEmpty());
            chosen.ifPresent(gateway -> assertThat(accounts).contains(gateway.accountId()));
        }
    }
}
