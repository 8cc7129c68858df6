package io.lineengage.application.fake;

import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.application.port.out.campaign.SendPace;
import io.lineengage.domain.account.LineAccountId;

/**
 * A pace for tests of campaign senders: each wait for permits goes to {@code onAcquire} (which records it, grants
 * at once, or hands it to a real pace); a transactional or non-waiting take fails the test.
 */
public final class CampaignOnlySendPace implements SendPace {
    /** What a campaign sender's wait for permits does. */
    public interface Acquire {
        void acquire(LineAccountId account, DeliveryLedger.Kind kind, int calls);
    }

    private final Limits limits;
    private final Acquire onAcquire;

    public CampaignOnlySendPace(Limits limits, Acquire onAcquire) {
        this.limits = limits;
        this.onAcquire = onAcquire;
    }

    @Override
    public Limits limits() {
        return limits;
    }

    @Override
    public void acquire(LineAccountId account, DeliveryLedger.Kind kind, int calls) {
        onAcquire.acquire(account, kind, calls);
    }

    @Override
    public boolean tryAcquire(LineAccountId account, DeliveryLedger.Kind kind) {
        throw new AssertionError("campaign senders wait for their permits");
    }

    @Override
    public void acquireTransactional(LineAccountId account) {
        throw new AssertionError("not a transactional message");
    }

    @Override
    public boolean tryAcquireTransactional(LineAccountId account) {
        throw new AssertionError("not a transactional message");
    }
}
