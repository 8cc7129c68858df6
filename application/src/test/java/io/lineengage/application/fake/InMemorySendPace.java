package io.lineengage.application.fake;

import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.application.port.out.campaign.SendPace;
import io.lineengage.domain.account.LineAccountId;
import java.util.HashMap;
import java.util.Map;

/**
 * Token buckets per channel and kind, holding a burst's worth, full at the start, refilled continuously at the limit's
 * rate; instances made on the same {@link Buckets} share them, as service instances share the PostgreSQL buckets.
 */
public final class InMemorySendPace implements SendPace {
    /** The shared storage of the buckets. */
    public static final class Buckets {
        private final Map<String, double[]> tokensAndLastNanos = new HashMap<>();
        private final Map<String, long[]> takenPerSecond = new HashMap<>();
    }

    private final Buckets buckets;
    private final Limits limits;

    public InMemorySendPace(Buckets buckets, Limits limits) {
        this.buckets = buckets;
        this.limits = limits;
    }

    @Override
    public Limits limits() {
        return limits;
    }

    @Override
    public void acquire(LineAccountId account, DeliveryLedger.Kind kind, int calls) {
        int burst = limits.burst(limits.perSecond(kind));
        for (int left = calls; left > 0; left -= burst) {
            SendPace.waitOutSecondEnd();
            waitFor(account + "|" + kind, limits.perSecond(kind), Math.min(left, burst));
        }
    }

    @Override
    public boolean tryAcquire(LineAccountId account, DeliveryLedger.Kind kind) {
        return take(account + "|" + kind, limits.perSecond(kind), 1) == 1;
    }

    @Override
    public void acquireTransactional(LineAccountId account) {
        // As the PostgreSQL pace: the reserve only transactional pushes use, else the campaigns' share.
        if (!tryReserve(account)) {
            waitFor(account + "|" + DeliveryLedger.Kind.PUSH, limits.campaignPushPerSecond(), 1);
        }
    }

    @Override
    public boolean tryAcquireTransactional(LineAccountId account) {
        return tryReserve(account)
                || take(account + "|" + DeliveryLedger.Kind.PUSH, limits.campaignPushPerSecond(), 1) == 1;
    }

    private boolean tryReserve(LineAccountId account) {
        int reserve = limits.transactionalReservePerSecond();
        return reserve > 0 && take(account + "|PUSH_RESERVE", reserve, 1) == 1;
    }

    private void waitFor(String key, int rate, int calls) {
        int remaining = calls;
        while (remaining > 0) {
            remaining -= take(key, rate, remaining);
            if (remaining > 0) {
                try {
                    Thread.sleep(Math.max(1, 1000 / rate));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the channel's pace", e);
                }
            }
        }
    }

    /**
     * Takes up to {@code wanted} whole tokens now; answers how many. As the PostgreSQL pace, a bucket holds a burst's
     * worth at most, and no calendar second gives more than the rate, even from a full bucket.
     */
    private int take(String key, int rate, int wanted) {
        long now = System.nanoTime();
        long second = System.currentTimeMillis() / 1000;
        synchronized (buckets) {
            int burst = limits.burst(rate);
            double[] bucket = buckets.tokensAndLastNanos.computeIfAbsent(key, k -> new double[] {burst, now});
            bucket[0] = Math.min(burst, bucket[0] + (now - bucket[1]) / 1e9 * rate);
            bucket[1] = now;
            long[] inSecond = buckets.takenPerSecond.computeIfAbsent(key, k -> new long[] {second, 0});
            if (inSecond[0] != second) {
                inSecond[0] = second;
                inSecond[1] = 0;
            }
            int taken = (int) Math.min(Math.min(wanted, Math.floor(bucket[0])), rate - inSecond[1]);
            bucket[0] -= taken;
            inSecond[1] += taken;
            return taken;
        }
    }
}
