package io.lineengage.adapters.persistence.pace;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.application.port.out.campaign.SendPace;
import io.lineengage.domain.account.LineAccountId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;

/**
 * Token buckets per channel and endpoint in PostgreSQL (bucket4j, row locks), so that every instance draws from the
 * same bucket. Tokens refill smoothly, so calls spread over the second instead of bursting at its start, and no
 * calendar second gets more than the limit. A channel's push rate is two buckets: the campaigns' share, which
 * transactional pushes may use too, and the reserve only they use; so a transactional push under a campaign usually
 * takes a permit no campaign sender holds locked, and the two together never exceed the channel's rate.
 */
final class PostgresSendPace implements SendPace {
    private final ProxyManager<String> buckets;
    private final Limits limits;

    PostgresSendPace(DataSource dataSource, Limits limits) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(UnflushedCommits.of(dataSource))
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("line_rate_buckets")
                .build();
        this.limits = limits;
    }

    @Override
    public Limits limits() {
        return limits;
    }

    @Override
    public void acquire(LineAccountId account, DeliveryLedger.Kind kind, int calls) {
        // A bucket grants a burst at most: a larger group takes its permits a burst at a time.
        int perSecond = limits.perSecond(kind);
        int burst = limits.burst(perSecond);
        for (int left = calls; left > 0; left -= burst) {
            SendPace.waitOutSecondEnd();
            consume(bucket(account, kind.name(), perSecond), Math.min(left, burst));
        }
    }

    @Override
    public boolean tryAcquire(LineAccountId account, DeliveryLedger.Kind kind) {
        return bucket(account, kind.name(), limits.perSecond(kind)).tryConsume(1);
    }

    @Override
    public void acquireTransactional(LineAccountId account) {
        if (!tryReserve(account)) {
            consume(campaignPushes(account), 1);
        }
    }

    @Override
    public boolean tryAcquireTransactional(LineAccountId account) {
        return tryReserve(account) || campaignPushes(account).tryConsume(1);
    }

    private boolean tryReserve(LineAccountId account) {
        int reserve = limits.transactionalReservePerSecond();
        return reserve > 0 && bucket(account, "PUSH_RESERVE", reserve).tryConsume(1);
    }

    private BucketProxy campaignPushes(LineAccountId account) {
        return bucket(account, DeliveryLedger.Kind.PUSH.name(), limits.campaignPushPerSecond());
    }

    private static void consume(BucketProxy bucket, int permits) {
        try {
            bucket.asBlocking().consume(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for LINE's rate limit", e);
        }
    }

    /**
     * Two limits in one bucket: tokens refill smoothly (calls spread over the second) and at most a burst's worth wait
     * in it, so that a pause is not followed by a second's calls at once; and no calendar second grants more than the
     * limit (a smooth bucket alone allows its capacity plus a second's refill within one second). The suffix names the
     * buckets of this shape, so that buckets kept from before start anew.
     */
    private BucketProxy bucket(LineAccountId account, String name, int perSecond) {
        int burst = limits.burst(perSecond);
        return buckets.getProxy(
                account.value() + ":" + name + "/" + perSecond + "/s/" + burst,
                () -> BucketConfiguration.builder()
                        .addLimit(limit -> limit.capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)))
                        .addLimit(limit -> limit.capacity(perSecond)
                                .refillIntervallyAligned(
                                        perSecond,
                                        Duration.ofSeconds(1),
                                        Instant.now()
                                                .truncatedTo(ChronoUnit.SECONDS)
                                                .plusSeconds(1)))
                        .build());
    }
}
