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
import javax.sql.DataSource;

/**
 * Token buckets per channel and endpoint in PostgreSQL (bucket4j, row locks), so that every instance draws from the
 * same bucket. Tokens refill smoothly, so calls spread over the second instead of bursting at its start.
 */
final class PostgresSendPace implements SendPace {
    private final ProxyManager<String> buckets;
    private final Limits limits;

    PostgresSendPace(DataSource dataSource, Limits limits) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("line_rate_buckets")
                .build();
        this.limits = limits;
    }

    @Override
    public void acquire(LineAccountId account, DeliveryLedger.Kind kind, int calls) {
        try {
            // A bucket holds one second's worth: a larger group takes its permits a second's worth at a time.
            BucketProxy bucket = bucket(account, kind);
            for (int left = calls; left > 0; left -= limits.perSecond(kind)) {
                bucket.asBlocking().consume(Math.min(left, limits.perSecond(kind)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for LINE's rate limit", e);
        }
    }

    @Override
    public boolean tryAcquire(LineAccountId account, DeliveryLedger.Kind kind) {
        return bucket(account, kind).tryConsume(1);
    }

    private BucketProxy bucket(LineAccountId account, DeliveryLedger.Kind kind) {
        int perSecond = limits.perSecond(kind);
        return buckets.getProxy(
                account.value() + ":" + kind.name(),
                () -> BucketConfiguration.builder()
                        .addLimit(limit -> limit.capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)))
                        .build());
    }
}
